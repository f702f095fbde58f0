import { describe, expect, it } from 'vitest';
import { statesPosition } from '../../../core/generator/predicates.ts';

// Off-domain predicates written for these tests: sport, science, business, local news.
describe('statesPosition: a predicate that opens with a stance verb states a position', () => {
  it.each([
    'warned his players against complacency before the derby',
    'strongly criticised the council over the bus lane plans',
    'has backed the new telescope despite its cost',
    'had denied that the reactor was ever at risk',
    'publicly called for a ban on late transfers',
    'calls for a review of the laboratory budget',
    'have welcomed the merger with the rival brewer',
  ])('%s', (predicate) => expect(statesPosition(predicate)).toBe(true));

  it.each([
    'scored twice in the second half at Anfield',
    'finally launched the probe from the Kourou site',
    'has opened a second factory in Leeds',
    'called the referee a disgrace after the match', // "called", not "called for"
    'said_x nothing', // a longer word run is not the verb
    'quickly scored again after the break',
    'only', // an adverb-like word with nothing after it
  ])('%s', (predicate) => expect(statesPosition(predicate)).toBe(false));
});
