/** Topic extractor: labels from knowledge/topics.json found in a contact's evidence. */
import { anyTopicPattern, TOPIC_RES } from './knowledge.js';

export function findTopics(texts: readonly string[]): string[] {
  const joined = texts.join('\n');
  // Most contacts have no topic: one scan of all the phrases at once saves them one scan per label.
  const any = anyTopicPattern();
  if (any !== null && !any.test(joined)) return [];
  return TOPIC_RES.filter((t) => {
    t.re.lastIndex = 0;
    return t.re.test(joined);
  }).map((t) => t.label);
}
