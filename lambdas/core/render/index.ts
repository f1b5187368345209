/**
 * PLACEHOLDER: the email issue replaces this with Handlebars templates from templates/ (layout + partials,
 * plain-text template, helpers, inlined CSS). The signature is the contract the digest use case calls.
 */
import type { BriefingModel } from '../briefing/model.js';

export interface RenderOptions {
  /** IANA zone for dates shown in the email. */
  timezone: string;
}

export interface RenderedBriefing {
  /** Single line, no CR/LF or control characters, length-limited. */
  subject: string;
  /** Inbox preview text (the two-line summary). */
  previewText: string;
  html: string;
  text: string;
}

export function renderBriefing(model: BriefingModel, _options: RenderOptions): RenderedBriefing {
  const subject = `${model.track.name} track · ${model.generatedAt.slice(0, 10)} · ${model.contacts.length} contacts`;
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const lines = model.contacts.map((c) => `${c.date.value ?? 'date not reported'} ${c.mode} ${c.status} ${c.participants.map((p) => p.name).join(', ')}`);
  return {
    subject,
    previewText: subject,
    html: `<html><body><h1>${esc(subject)}</h1><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></body></html>`,
    text: [subject, '', ...lines].join('\n'),
  };
}
