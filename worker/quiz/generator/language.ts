// Is this English prose? Latin letters, and enough of the commonest English function words:
// English news runs at 35–50%, other languages using Latin script far below 15%.
const FUNCTION_WORDS = new Set(
  'the of and to a in is that for it was on with as by he at from his an were are be this which or has have had not but they their its who been would will said'.split(' '),
);

export function englishScore(text: string): { latinShare: number; functionShare: number } {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /[A-Za-z\u00c0-\u024f]/.test(c)).length;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const fn = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return { latinShare: letters.length ? latin / letters.length : 0, functionShare: words.length ? fn / words.length : 0 };
}

export function isEnglish(text: string): boolean {
  const { latinShare, functionShare } = englishScore(text);
  return latinShare >= 0.8 && functionShare >= 0.15;
}
