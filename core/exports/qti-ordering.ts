// Custom QTI 2.1 response processing for a timeline (orderInteraction) that gives the same
// partial credit as the site (core/quiz/grade.ts): the share of event pairs the student put
// in the right relative order. QTI 2.1 has no standard template for this (match_correct is
// all or nothing), so it is spelled out with standard expressions only:
//   1. for every event e and position p: if the p-th value of RESPONSE is e, POS_e := p
//      (`index` reads the p-th value of an ordered response);
//   2. for every pair (a, b) that the key puts a before b: if POS_a < POS_b, PAIRS_RIGHT += 1;
//   3. SCORE := PAIRS_RIGHT / pairs (as the site divides, so a full order scores exactly 1).
// An empty response leaves every POS at its default 0, so no pair counts and SCORE is 0. Pure.
import type { TimelineItem } from '../quiz/schema.ts';

/** The outcome holding the 1-based position the student gave to event `event` (an option index). */
const positionOutcome = (event: number) => `POS_${event}`;

const indent = (lines: string[], depth: number) => lines.map((line) => `${' '.repeat(depth)}${line}`);

function positionRule(choice: string, event: number, position: number): string[] {
  return [
    '<responseCondition>',
    '  <responseIf>',
    '    <match>',
    `      <index n="${position}"><variable identifier="RESPONSE"/></index>`,
    `      <baseValue baseType="identifier">${choice}</baseValue>`,
    '    </match>',
    `    <setOutcomeValue identifier="${positionOutcome(event)}"><baseValue baseType="integer">${position}</baseValue></setOutcomeValue>`,
    '  </responseIf>',
    '</responseCondition>',
  ];
}

const PAIRS_RIGHT = 'PAIRS_RIGHT';

function pairRule(before: number, after: number): string[] {
  return [
    '<responseCondition>',
    '  <responseIf>',
    '    <lt>',
    `      <variable identifier="${positionOutcome(before)}"/>`,
    `      <variable identifier="${positionOutcome(after)}"/>`,
    '    </lt>',
    `    <setOutcomeValue identifier="${PAIRS_RIGHT}">`,
    `      <sum><variable identifier="${PAIRS_RIGHT}"/><baseValue baseType="integer">1</baseValue></sum>`,
    '    </setOutcomeValue>',
    '  </responseIf>',
    '</responseCondition>',
  ];
}

const integerOutcome = (identifier: string) =>
  `  <outcomeDeclaration identifier="${identifier}" cardinality="single" baseType="integer">\n    <defaultValue>\n      <value>0</value>\n    </defaultValue>\n  </outcomeDeclaration>`;

/** The outcome declarations the timeline's response processing needs besides SCORE: one position per event, and the pairs right. */
export function orderingOutcomes(item: Pick<TimelineItem, 'options'>): string[] {
  return [...item.options.map((_, event) => integerOutcome(positionOutcome(event))), integerOutcome(PAIRS_RIGHT)];
}

/** The <responseProcessing> element scoring a timeline pair by pair; `choiceId` names option i in the item. */
export function orderingResponseProcessing(item: Pick<TimelineItem, 'options' | 'key'>, choiceId: (i: number) => string): string {
  const positions = item.options.flatMap((_, event) => item.options.flatMap((__, p) => positionRule(choiceId(event), event, p + 1)));
  const pairs: [number, number][] = [];
  for (let i = 0; i < item.key.length; i++) {
    for (let j = i + 1; j < item.key.length; j++) pairs.push([item.key[i]!, item.key[j]!]);
  }
  const score = [
    '<setOutcomeValue identifier="SCORE">',
    `  <divide><variable identifier="${PAIRS_RIGHT}"/><baseValue baseType="integer">${pairs.length}</baseValue></divide>`,
    '</setOutcomeValue>',
  ];
  const rules = [...positions, ...pairs.flatMap(([before, after]) => pairRule(before, after)), ...score];
  return ['  <responseProcessing>', ...indent(rules, 4), '  </responseProcessing>'].join('\n');
}
