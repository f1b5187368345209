/**
 * The Lambda renders from lambdas/core/render/templates.generated.ts, never from templates/ on disk. This fails
 * when someone edits templates/ (or email.css, or the build) without running `npm run build:templates`.
 * (`npm test` runs the build first through the "pretest" hook; CI and direct `npx vitest` runs rely on this test.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateTemplatesModule } from '../../../scripts/build-templates.js';

describe('templates.generated.ts', () => {
  it('is what templates/ compiles to today', () => {
    const committed = readFileSync(GENERATED_FILE, 'utf8');
    const fresh = generateTemplatesModule();
    // Compare lengths first so a stale file fails with a short message rather than a 100 KB diff.
    expect(committed.length, 'templates.generated.ts is stale: run `npm run build:templates`').toBe(fresh.length);
    expect(committed === fresh, 'templates.generated.ts is stale: run `npm run build:templates`').toBe(true);
  });

  it('holds no template comments and no <style> rules that should have been inlined', () => {
    const source = generateTemplatesModule();
    expect(source).not.toContain('{{!');
    expect(source).toContain('@media (prefers-color-scheme:dark){');
    expect(source).not.toMatch(/\n\.section \{/);
  });

  it('is trimmed of what the runtime never reads: helper names, template locations, runtime fallbacks, `function`', () => {
    const source = generateTemplatesModule();
    expect(source).not.toMatch(/\{"name":"(?:if|each|eq|wrap)","hash"/);
    expect(source).not.toContain('"loc":');
    expect(source).not.toContain('nullContext || {}');
    expect(source).not.toContain('Object.prototype.hasOwnProperty');
    expect(source).not.toContain('function(container');
  });

  it('calls the shorthands of template-shorthands.ts instead of repeating the code Handlebars emits', () => {
    const code = generateTemplatesModule().replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toContain('lookupProperty(helpers');
    expect(code).not.toContain('container.nullContext');
    expect(code).not.toContain('container.invokePartial');
    expect(code).not.toContain('"inverse":container.noop');
    expect(code).not.toMatch(/\balias\d+\b/);
    expect(code).toMatch(/^import \{ [\w, ]+ \} from '.\/template-shorthands.js';$/m);
  });
});
