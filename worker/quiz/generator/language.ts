// Is this English prose? Latin letters, and enough of the commonest English function words:
// English news runs at 35–50%, other languages using Latin script far below 15%.
const FUNCTION_WORDS = new Set(
  'the of and to a in is that for it was on with as by he at from his an were are be this which or has have had not but they their its who been would will said'.split(' '),
);

export function englishScore(text: string): { latinShare: number; functionShare: number } {
  // A sample is enough to tell a language, and keeps this linear and cheap on long pastes.
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.replace(/\P{L}+/gu, '').length;
  const latin = sample.replace(/[^A-Za-z\u00c0-\u024f]+/g, '').length;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let fn = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) fn++;
  return { latinShare: letters ? latin / letters : 0, functionShare: words.length ? fn / words.length : 0 };
}

export function isEnglish(text: string): boolean {
  const { latinShare, functionShare } = englishScore(text);
  return latinShare >= 0.8 && functionShare >= 0.15;
}
