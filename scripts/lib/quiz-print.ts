// Prints one generated item for a person to read: stem, options with the key marked, evidence
// (the answer bracketed in its sentence, with the paragraph number) and the explanation.
import type { Item } from '../../core/quiz/schema.ts';

function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

function marked(sentence: string, span: readonly [number, number]): string {
  return `${sentence.slice(0, span[0])}[[${sentence.slice(span[0], span[1])}]]${sentence.slice(span[1])}`;
}

/** Writes `item` to the console as a numbered block (`n` is its number in the printout). */
export function printItem(item: Item, n: number): void {
  console.log(`\n${n}. [${item.type}] ${item.id}  difficulty ${item.difficulty}`);
  console.log(`   ${item.stem}`);
  if (item.type === 'matching') {
    item.prompts.forEach((p, i) => console.log(`     ${i + 1}. ${p}  ->  ${letter(item.key[i] as number)}`));
    item.options.forEach((o, i) => console.log(`       ${letter(i)}) ${o}`));
  } else if (item.type === 'timeline') {
    item.options.forEach((o, i) => console.log(`     ${letter(i)}) ${o}`));
    console.log(`   Answer (earliest first): ${item.key.map(letter).join(', ')}`);
  } else {
    item.options.forEach((o, i) => console.log(`   ${i === item.key ? '*' : ' '} ${letter(i)}) ${o}`));
  }
  for (const ev of item.evidence) console.log(`   Evidence ¶${ev.paragraph}: ${marked(ev.sentence, ev.span)}`);
  console.log(`   Explanation: ${item.explanation}`);
}
