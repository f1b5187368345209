/** Topic extractor: labels from knowledge/topics.json found in a contact's evidence. */
import { TOPIC_RES } from './knowledge.js';

export function findTopics(texts: readonly string[]): string[] {
  const joined = texts.join('\n');
  return TOPIC_RES.filter((t) => {
    t.re.lastIndex = 0;
    return t.re.test(joined);
  }).map((t) => t.label);
}
