/**
 * What the precompiled templates (templates.generated.ts) call instead of repeating the code Handlebars emits
 * for every path, helper call, block and partial. Each function is exactly the expression it stands for, with
 * the same calls on the runtime's container in the same order, so the output and the escaping are Handlebars'
 * own; only the bundle is smaller (scripts/shorten-precompiled.ts writes the calls at build time).
 */

/** The part of the runtime's container (the first argument of every compiled program) the templates use. */
export interface Container {
  lookupProperty(parent: unknown, name: string): unknown;
  lambda(value: unknown, context: unknown): unknown;
  escapeExpression(value: unknown): string;
  program(index: number, data: unknown, declaredBlockParams: number, blockParams?: unknown, depths?: unknown): unknown;
  invokePartial(partial: unknown, context: unknown, options: object): string;
  noop: unknown;
  nullContext: unknown;
  decorators: unknown;
}

type Hash = Record<string, unknown>;
type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** One step of a path (`a.b`): `(object != null ? lookupProperty(object, name) : object)`. */
export function property(container: Container, object: unknown, name: string): unknown {
  return object != null ? container.lookupProperty(object, name) : object;
}

/** `this` of a helper call: `depth0 != null ? depth0 : container.nullContext`. */
export function helperThis(container: Container, context: unknown): unknown {
  return context != null ? context : container.nullContext;
}

/** `lookupProperty(helpers, name).call(helperThis(container, context), ...args)`: a helper called in a context. */
export function callHelper(container: Container, helpers: object, name: string, context: unknown, ...args: unknown[]): unknown {
  return (container.lookupProperty(helpers, name) as Helper).call(helperThis(container, context), ...args);
}

/** The options of a helper used without a block: `{"hash": hash, "data": data}`. */
export function helperOptions(data: unknown, hash: Hash = {}): object {
  return { hash, data };
}

/**
 * The options of a block helper: `{"hash": hash, "fn": container.program(fn, data, 0), "inverse": …, "data": data}`,
 * where `inverse` is the {{else}} program or `container.noop` when the block has none.
 */
export function blockOptions(container: Container, data: unknown, fn: number, inverse?: number, hash: Hash = {}): object {
  return {
    hash,
    fn: container.program(fn, data, 0),
    inverse: inverse === undefined ? container.noop : container.program(inverse, data, 0),
    data,
  };
}

/** blockOptions for a template that reads parent contexts (`../name`): its programs also get the context stack. */
export function deepBlockOptions(
  container: Container,
  data: unknown,
  blockParams: unknown,
  depths: unknown,
  fn: number,
  inverse?: number,
  hash: Hash = {},
): object {
  return {
    hash,
    fn: container.program(fn, data, 0, blockParams, depths),
    inverse: inverse === undefined ? container.noop : container.program(inverse, data, 0, blockParams, depths),
    data,
  };
}

/** `{{> name context}}`: `container.invokePartial(lookupProperty(partials, name), context, {name, data, helpers, partials, decorators})`. */
export function partial(container: Container, helpers: object, partials: object, data: unknown, name: string, context: unknown): string {
  return container.invokePartial(container.lookupProperty(partials, name), context, {
    name,
    data,
    helpers,
    partials,
    decorators: container.decorators,
  });
}

/** `container.escapeExpression(value)`: the HTML escaping of `{{value}}`. */
export function escapeExpression(container: Container, value: unknown): string {
  return container.escapeExpression(value);
}

/** `{{name}}`: `container.lambda(property(container, context, name), context)`. */
export function value(container: Container, context: unknown, name: string): unknown {
  return container.lambda(property(container, context, name), context);
}

/** `container.lambda(value, context)`: a value that is a function is called with the context. */
export function lambda(container: Container, value: unknown, context: unknown): unknown {
  return container.lambda(value, context);
}
