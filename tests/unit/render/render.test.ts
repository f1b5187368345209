import { describe, expect, it } from 'vitest';
import { renderBriefing, headerSafe, SUBJECT_MAX_LENGTH } from '../../../lambdas/core/render/index.js';
import type { BriefingModel } from '../../../lambdas/core/briefing/model.js';
import { fullModel } from '../../fixtures/briefing/full.js';
import { emptyModel } from '../../fixtures/briefing/empty.js';
import { longNamesModel } from '../../fixtures/briefing/long-names.js';
import { headings, parse, section, textSection } from './sections.js';

const tz = { timezone: 'Europe/London' };
const full = renderBriefing(fullModel, tz);

describe('subject and summary', () => {
  it('names the track, the day and the headline change', () => {
    expect(full.subject).toBe('US–Russia track · 21 Nov 2026 · 1 new contact, Budapest summit cancelled');
  });

  it('puts the day in the reader’s zone', () => {
    const late = { ...fullModel, generatedAt: '2026-11-21T23:30:00.000Z' };
    expect(renderBriefing(late, { timezone: 'Asia/Tokyo' }).subject).toContain('· 22 Nov 2026 ·');
    expect(renderBriefing(late, { timezone: 'America/New_York' }).subject).toContain('· 21 Nov 2026 ·');
  });

  it('says it is the first briefing', () => {
    const first = { ...fullModel, changes: { ...fullModel.changes, isFirst: true, since: null } };
    const r = renderBriefing(first, tz);
    expect(r.subject).toBe('US–Russia track · 21 Nov 2026 · first briefing, 4 contacts');
    // One contact has no date, so the newest dated one is not claimed to be the latest.
    expect(r.previewText).toMatch(/^First briefing on this track\. Latest dated contact: Budapest summit, Nov 2026, cancelled\./);
    const allDated = { ...first, contacts: first.contacts.filter((c) => c.id !== 'k-offer' && c.id !== 'k-riyadh') };
    expect(renderBriefing(allDated, tz).previewText).toMatch(/^First briefing on this track\. Latest contact: Budapest summit, Nov 2026, cancelled\./);
    expect(section(r.html, 'What changed')).toContain('This is the first briefing on this track');
  });

  it('says when nothing changed', () => {
    const quiet: BriefingModel = {
      ...fullModel,
      changes: { ...fullModel.changes, newContacts: [], statusChanges: [], conditionsStated: [], conditionsRestated: [], questionsOpened: [], questionsAnswered: [], contactsUpdated: [] },
    };
    const r = renderBriefing(quiet, tz);
    expect(r.subject).toMatch(/· no new developments$/);
    expect(r.previewText).toMatch(/^Nothing new since 14 Nov 2026\./);
    expect(section(r.html, 'What changed')).toContain('Nothing new since the last briefing');
  });

  it('ranks a cancellation above a new proposal and counts contacts by status', () => {
    expect(full.previewText).toBe(
      'Most important since 14 Nov 2026: Budapest summit cancelled. 4 contacts (2 held, 1 proposed, 1 cancelled), ' +
        '3 stated conditions, 1 open question (1 answered) — from 5 articles (4 independent sources).',
    );
    const doc = parse(full.html);
    expect(doc.querySelector('.preheader')?.textContent).toBe(full.previewText);
    expect(doc.querySelector('.headline')?.textContent).toBe('Most important since 14 Nov 2026: Budapest summit cancelled.');
  });

  it('keeps the subject to one bounded line', () => {
    const long = { ...fullModel, track: { ...fullModel.track, name: 'A very long track name '.repeat(12) } };
    const s = renderBriefing(long, tz).subject;
    expect([...s].length).toBeLessThanOrEqual(SUBJECT_MAX_LENGTH);
    expect(s.endsWith('…')).toBe(true);
    expect(headerSafe('a\r\nb\tc\u0000d\u2028e')).toBe('a b c d e');
  });
});

describe('HTML sections', () => {
  it('has every section, in reading order', () => {
    expect(headings(full.html)).toEqual([
      'What changed since 14 Nov 2026',
      'Latest contacts',
      'Timeline',
      'Stated conditions',
      'Open questions',
      'Around the track',
      'Sources',
    ]);
  });

  it('what changed: groups new contacts, status changes, conditions and questions', () => {
    const s = section(full.html, 'What changed');
    expect(s).toContain('New contacts Lavrov meeting — date not reported, proposed');
    expect(s).toContain('Status changes Budapest summit: planned → cancelled');
    expect(s).toContain('Conditions stated Marco Rubio: Sanctions relief only after a ceasefire holds.');
    expect(s).toContain('Conditions restated Sergei Lavrov: Any settlement');
    expect(s).toContain('Questions answered Where the delegations would meet was not disclosed. — The delegations met at Diriyah Palace');
    expect(s).toContain('Questions opened No date has been set');
  });

  it('tags what moved since the last briefing, and nothing on a first briefing', () => {
    const tags = (html: string) => [...parse(html).querySelectorAll('.tag')].map((e) => e.textContent);
    expect(tags(full.html)).toEqual(['status changed', 'updated', 'new', 'new', 'restated', 'new', 'newly answered']);
    expect(section(full.html, 'What changed')).toContain('Contacts updated Riyadh talks: place and sources updated');
    expect(full.text).toContain('* [PROPOSED] Lavrov meeting · date not reported · NEW');
    const first = renderBriefing({ ...fullModel, changes: { ...fullModel.changes, isFirst: true, since: null } }, tz);
    expect(tags(first.html)).toEqual([]);
    expect(section(first.html, 'Open questions')).toContain('Answered Where the delegations would meet');
  });

  it('latest contacts: newest first, honest dates, badges, participants, sources and disputes', () => {
    const doc = parse(full.html);
    const cards = [...doc.querySelectorAll('.card-title')].map((e) => e.textContent);
    expect(cards).toEqual(['Budapest summit', 'Riyadh talks', 'Rubio–Lavrov call', 'Lavrov meeting', 'Beijing visit']);
    const s = section(full.html, 'Latest contacts');
    expect(s).toContain('18 Feb, year not stated');
    expect(s).toContain('15 Feb 2025');
    expect(s).toContain('Date date not reported');
    expect(s).toContain('Nov 2026 disputed');
    expect(s).toContain('Disputed Date: shown Nov 2026 (1 source); also reported 4 Dec 2026 (1 source)');
    expect(s).toContain('History planned (19 Feb 2025, Reuters) → cancelled (20 Nov 2026, AP)');
    expect(s).toContain('Marco Rubio · Secretary of State');
    expect(s).toContain('Place Diriyah Palace, Riyadh, Saudi Arabia');
    expect(s).toContain('Initiated by United States');
    expect(s).toContain('Topics Ukraine, sanctions');
    expect(s).toContain('Sources 1 independent source: TASS (+1 syndicated copy)');
    const untitled = renderBriefing({ ...fullModel, sources: fullModel.sources.map((x) => ({ ...x, title: null })) }, tz);
    expect(section(untitled.html, 'Sources')).toContain('Untitled — apnews.com/article/budapest AP · 20 Nov 2026');
    expect(section(untitled.html, 'Sources')).toContain('Untitled — note.txt outlet not named');
    expect(s).toContain('2 independent sources: AP, Reuters');
    const badges = [...doc.querySelectorAll('.card-head .badge')].map((b) => b.textContent);
    expect(badges).toEqual(['cancelled', 'held', 'held', 'proposed', 'planned']);
    expect(doc.querySelector('.badge-cancelled')?.getAttribute('style')).toContain('background-color:#fee2e2');
  });

  it('contact cards: a Type or Status row only when reports disagree, people in the track’s order in title and card', () => {
    const [call] = fullModel.contacts;
    const disputedStatus = {
      ...call,
      // As the merge writes them: alphabetical, not in the track's order.
      countries: ['RU', 'US'],
      participants: [{ name: 'Vladimir Putin', role: 'President', country: 'RU' }, { name: 'Donald Trump', role: 'President', country: 'US' }],
      disputes: [{ field: 'status' as const, values: [{ value: 'held', articleIds: ['a'], families: 1, shown: true }, { value: 'planned', articleIds: ['b'], families: 1, shown: false }] }],
    };
    const r = renderBriefing({ ...fullModel, contacts: [disputedStatus] }, tz);
    const card = textSection(r.text, 'Latest contacts');
    expect(card).toContain('    Status:       held (disputed)\n');
    expect(card).not.toContain('Type:');
    expect(card).toContain('* [HELD] Trump–Putin call · 15 Feb 2025');
    expect(card).toContain('Participants: Donald Trump (President); Vladimir Putin (President)');
    expect(section(r.html, 'Latest contacts')).toContain('Status held disputed');
    expect(section(full.html, 'Latest contacts')).not.toMatch(/Type (summit|talks|call|meeting)/);
  });

  it('timeline: oldest first, gaps marked, undated contacts apart, built from table cells only', () => {
    const s = section(full.html, 'Timeline');
    expect(s).toBe(
      'Timeline 15 Feb 2025 Rubio–Lavrov call · held 18 Feb, year not stated Riyadh talks · held 21 months later Nov 2026 Budapest summit · cancelled Date not reported Lavrov meeting · proposed',
    );
    const doc = parse(full.html);
    expect(doc.querySelectorAll('svg, img, canvas').length).toBe(0);
    expect(doc.querySelectorAll('.tl-dot').length).toBe(4);
  });

  it('stated conditions: by country (track countries first), then actor, with quote, dates and sources', () => {
    const s = section(full.html, 'Stated conditions');
    expect(s.indexOf('United States')).toBeLessThan(s.indexOf('Russia'));
    expect(s.indexOf('Dmitry Peskov')).toBeLessThan(s.indexOf('Sergei Lavrov'));
    expect(s).toContain('precondition Any settlement must address the root causes of the conflict. “We will not accept a ceasefire that ignores the root causes” First stated 15 Feb 2025 · last restated 20 Nov 2026 · Sources: TASS, AP');
    expect(s).toContain('red line No European troops in Ukraine under any arrangement. First stated 19 Feb 2025 · Source: Reuters');
    expect(s).not.toContain('no official named');
  });

  it('stated conditions: one attributed to the country itself says no official was named', () => {
    const [first] = fullModel.conditions;
    const byCountry = { ...first, actor: { name: 'Russia', country: 'RU' } };
    const r = renderBriefing({ ...fullModel, conditions: [byCountry] }, tz);
    expect(section(r.html, 'Stated conditions')).toMatch(/^Stated conditions Russia Russia \(no official named\) /);
    expect(textSection(r.text, 'Stated conditions')).toContain('RUSSIA\n  Russia (no official named):\n');
  });

  it('open questions: open first, answered ones under their own subheading, saying what answered them', () => {
    const s = section(full.html, 'Open questions');
    expect(s.indexOf('No date has been set')).toBeLessThan(s.indexOf('Answered'));
    expect(s).toContain(
      'Answered newly answered Where the delegations would meet was not disclosed. Raised 16 Feb 2025 · Source: Devdiscourse ' +
        'Answered in a report of 19 Feb 2025 on the Riyadh talks. The delegations met at Diriyah Palace in Riyadh.',
    );
    expect(s).not.toContain('No question is open');
  });

  it('open questions: the summary counts and the section agree when every question is answered', () => {
    const allAnswered: BriefingModel = { ...fullModel, openQuestions: fullModel.openQuestions.filter((q) => q.answered) };
    const r = renderBriefing(allAnswered, tz);
    expect(r.previewText).toContain('3 stated conditions, 0 open questions (1 answered) — from 5 articles');
    expect(section(r.html, 'Open questions')).toMatch(/^Open questions No question is open\. Answered newly answered Where the delegations/);
    const text = textSection(r.text, 'Open questions');
    expect(text).toContain('--------------\nNo question is open.\n\nAnswered:\n  - NEWLY ANSWERED: Where the delegations would meet');
    expect(text).toContain('Answered in a report of 19 Feb 2025 on the Riyadh talks. The delegations\n    met at');
    expect(text).not.toMatch(/\[answered\]|\d{4}-\d{2}-\d{2}/);
  });

  it('around the track: third-party contacts with how a relative date was worked out', () => {
    const s = section(full.html, 'Around the track');
    expect(s).toContain('Beijing visit');
    expect(s).toContain('25 Nov 2026 worked out from “next Tuesday” and the publication date');
    expect(s).toContain('Wang Yi · Foreign Minister');
  });

  it('sources: newest story first, syndicated copies grouped, unlinked articles named by their upload key', () => {
    const s = section(full.html, 'Sources');
    expect(s).toBe(
      'Sources Budapest summit called off, officials say AP · 20 Nov 2026 ' +
        'US and Russian delegations meet in Riyadh Reuters · 19 Feb 2025 ' +
        'Lavrov and Rubio discuss Ukraine by phone TASS · 15 Feb 2025 Syndicated copies: Devdiscourse (16 Feb 2025) ' +
        'Lavrov offers another meeting outlet not named · date not stated · uploaded as incoming/note.txt',
    );
  });

  it('footer: track, window, generation time, unused inputs and the recipients note', () => {
    const foot = parse(full.html).querySelector('.foot')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(foot).toContain('US–Russia track (US-RU) · articles published 15 Feb 2025 to 20 Nov 2026 (1 undated) · generated 21 Nov 2026, 07:00 GMT');
    expect(foot).toContain('1 normalized record skipped (failed validation), 2 uploads in quarantine');
    expect(foot).toContain('RECIPIENTS');
    const clean = renderBriefing({ ...fullModel, stats: { ...fullModel.stats, skippedRecords: 0, quarantined: 0 } }, tz);
    const cleanFoot = parse(clean.html).querySelector('.foot')?.textContent ?? '';
    expect(cleanFoot).toContain('Every upload was read; none failed validation or is in quarantine.');
    expect(cleanFoot).not.toContain('Inputs not used');
    expect(clean.text).toContain('\nEvery upload was read; none failed validation or is in quarantine.\n');
    const quarantineOnly = renderBriefing({ ...fullModel, stats: { ...fullModel.stats, skippedRecords: 0, quarantined: 1 } }, tz);
    expect(quarantineOnly.text).toContain('Inputs not used: 0 normalized records skipped (failed validation), 1 upload\nin quarantine.\n');
  });
});

describe('empty sections', () => {
  const r = renderBriefing(emptyModel, tz);
  it('keeps every heading and says plainly that nothing was reported', () => {
    expect(headings(r.html)).toEqual(['What changed', 'Latest contacts', 'Timeline', 'Stated conditions', 'Open questions', 'Around the track', 'Sources']);
    expect(section(r.html, 'Latest contacts')).toContain('No contacts between the two sides were reported');
    expect(section(r.html, 'Stated conditions')).toContain('No conditions were stated');
    expect(section(r.html, 'Open questions')).toContain('No open questions were raised');
    expect(section(r.html, 'Around the track')).toContain('No contacts with third parties');
    expect(section(r.html, 'Sources')).toContain('No articles were used');
    expect(r.subject).toBe('France–India track · 21 Nov 2026 · first briefing, 0 contacts');
    expect(r.previewText).toContain('First briefing on this track. No contacts between the two sides were reported yet.');
    expect(r.html).toContain('France–India track (FR-IN) · no articles yet · generated');
  });

  it('renders conditions without quotes and questions without kinds', () => {
    const m: BriefingModel = {
      ...fullModel,
      conditions: [{ ...fullModel.conditions[1], quote: null, kind: undefined }],
      openQuestions: [{ ...fullModel.openQuestions[0], kind: undefined }],
    };
    const r2 = renderBriefing(m, tz);
    expect(section(r2.html, 'Stated conditions')).toBe('Stated conditions Russia Dmitry Peskov No European troops in Ukraine under any arrangement. First stated 19 Feb 2025 · Source: Reuters');
    expect(section(r2.html, 'Open questions')).toContain('Open No date has been set');
  });
});

describe('long names', () => {
  it('keeps them whole (wrapping is the browser test’s concern) and the subject bounded', () => {
    const r = renderBriefing(longNamesModel, tz);
    expect(section(r.html, 'Latest contacts')).toContain('Muhammad bin Abdulrahman bin Jassim Al Thani-Abdulkarimovich-Wolfeschlegelsteinhausenbergerdorff');
    expect([...r.subject].length).toBeLessThanOrEqual(SUBJECT_MAX_LENGTH);
  });
});

describe('email-safe HTML', () => {
  it('has no scripts, no external resources, inlined styles, a 640 px container and dark-mode rules', () => {
    const doc = parse(full.html);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, form').length).toBe(0);
    expect(full.html).not.toMatch(/\ssrc=|url\(|@import/i);
    expect(doc.querySelector('.container')?.getAttribute('style')).toContain('max-width:640px');
    expect(doc.querySelector('.h2')?.getAttribute('style')).toContain('font-size:17px');
    expect(doc.querySelector('.section')?.getAttribute('style')).toContain('font-family:-apple-system');
    const style = doc.querySelector('style')?.textContent ?? '';
    expect(style).toContain('@media (prefers-color-scheme:dark)');
    expect(style).toContain('@media (max-width:480px)');
    expect(style.replace(/@media[^{]+\{([^{}]*\{[^}]*\})*\s*\}/g, '').trim()).toBe('');
    expect(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
  });

  it('stays well under Gmail’s 102 KB clipping limit for a busy week', () => {
    const many = <T extends { id: string }>(items: T[], n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...items[i % items.length], id: `${items[i % items.length].id}-${i}` }));
    const busy: BriefingModel = {
      ...fullModel,
      contacts: many(fullModel.contacts, 40),
      aroundTrack: many(fullModel.aroundTrack, 6),
      conditions: many(fullModel.conditions, 15),
      openQuestions: many(fullModel.openQuestions, 10),
      sources: Array.from({ length: 40 }, (_, i) => ({ ...fullModel.sources[i % 5], articleId: `${i}`, familyId: `f${i % 25}` })),
    };
    const r = renderBriefing(busy, tz);
    expect(Buffer.byteLength(r.html)).toBeLessThan(100 * 1024);
    // 15 cards, then 7, would pass the budget: the renderer ends at 3 track and 3 third-party cards and says so.
    expect(parse(r.html).querySelectorAll('.card').length).toBe(3 + 3);
    expect(section(r.html, 'Latest contacts')).toContain('37 earlier contacts on this track are shown on the timeline below.');
    expect(section(r.html, 'Around the track')).toContain('3 earlier contacts with third parties are listed in the plain-text part of this email.');
    expect(parse(r.html).querySelectorAll('.tl-dot').length).toBe(40);
    // The text part is not clipped by mail clients: it keeps every contact.
    expect(r.text.match(/^\* \[/gm)?.length).toBe(40 + 6);
    expect(Buffer.byteLength(full.html)).toBeLessThan(40 * 1024);
  });
});

describe('plain text', () => {
  const t = full.text;
  it('reads on its own: title, summary, every section, links in angle brackets', () => {
    expect(t.startsWith(`US–Russia track · briefing of 21 Nov 2026\n${'='.repeat(41)}\n`)).toBe(true);
    expect(t).toContain('Most important since 14 Nov 2026: Budapest summit cancelled.');
    for (const h of ['WHAT CHANGED SINCE 14 NOV 2026', 'LATEST CONTACTS (NEWEST FIRST)', 'TIMELINE (OLDEST FIRST)', 'STATED CONDITIONS', 'OPEN QUESTIONS', 'AROUND THE TRACK', 'SOURCES']) {
      expect(t).toContain(`\n${h}\n${'-'.repeat([...h].length)}\n`);
    }
    expect(t).not.toMatch(/<(?!https?:\/\/)[a-z/]/i);
    expect(t).toContain('TASS (+1 syndicated copy)\n                  <https://tass.com/politics/1001>');
    expect(t).toContain('    Syndicated copy: Devdiscourse, 16 Feb 2025\n      <https://www.devdiscourse.com/article/1002>');
  });

  it('lists contacts with badges and aligned fields', () => {
    const s = textSection(t, 'Latest contacts');
    expect(s).toContain('* [CANCELLED] Budapest summit · Nov 2026 (date disputed)');
    expect(s).toContain('* [HELD] Riyadh talks · 18 Feb, year not stated');
    expect(s).toContain('    Participants: Marco Rubio (Secretary of State); Sergei Lavrov (Foreign\n                  Minister)');
    expect(s).toContain('* [PROPOSED] Lavrov meeting · date not reported');
  });

  it('draws the timeline in aligned columns', () => {
    const s = textSection(t, 'Timeline');
    expect(s).toContain('  15 Feb 2025              o  Rubio–Lavrov call [held]');
    expect(s).toContain('  18 Feb, year not stated  o  Riyadh talks [held]');
    expect(s).toContain('                           :  (21 months later)');
  });

  it('wraps at 76 columns except where a single URL is longer', () => {
    for (const line of t.split('\n')) {
      if ([...line].length > 76) expect(line.trim()).toMatch(/^<https?:\/\/\S+>$|^\S+$/);
    }
  });

  it('has no runs of more than two blank lines, no trailing spaces and no control characters', () => {
    expect(t).not.toMatch(/\n{4,}/);
    expect(t).not.toMatch(/[ \t]+\n/);
    expect(t).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  });
});
