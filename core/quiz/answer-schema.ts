// The shape of an answer at the edge (API bodies, stored records): see Answer in grade.ts.
import * as v from 'valibot';
import type { Answer } from './grade.ts';

export const AnswerSchema: v.GenericSchema<Answer> = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7)),
  v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7))), v.minLength(2), v.maxLength(8)),
]);
