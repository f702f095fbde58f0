// Is this English prose? Latin letters, and enough of the commonest English function words:
// English news runs at 35–50%, other languages using Latin script far below 15%.
const FUNCTION_WORDS = new Set(
  'the of and to a in is that for it was on with as by he at from his an were are be this which or has have had not but they their its who been would will said'.split(' '),
);

function englishScore(text: string): { latinShare: number; functionShare: number } {
  // A sample is enough to tell a language, and keeps this linear and cheap on long pastes.
  const sample = (text.length > 4000 ? text.slice(0, 4000) : text).toLowerCase();
  const latin = sample.replace(/[^a-z\u00c0-\u024f]+/g, '').length;
  // Letters of other scripts (Greek, Cyrillic, Arabic, Hebrew, Indic, CJK, Hangul…), not punctuation.
  const other = sample.replace(/[^\u0370-\u1fff\u2e80-\ud7ff\uf900-\ufaff]+/g, '').length;
  const words = sample.split(/[^a-z\u00c0-\u024f\u0370-\u1fff\u2e80-\ud7ff]+/).filter(Boolean);
  let fn = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) fn++;
  return { latinShare: latin + other ? latin / (latin + other) : 0, functionShare: words.length ? fn / words.length : 0 };
}

export function isEnglish(text: string): boolean {
  const { latinShare, functionShare } = englishScore(text);
  return latinShare >= 0.8 && functionShare >= 0.15;
}
