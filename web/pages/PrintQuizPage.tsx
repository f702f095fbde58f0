import type { Item, Quiz } from '../../core/quiz/schema.ts';
import { optionLetter as letter, printedKey } from './print-key.ts';

/** One key entry: choice items read "Washington (B)", matching and timeline items lead with the marks students write. */
function KeyAnswer({ item }: { item: Item }) {
  const { marks, names } = printedKey(item);
  if (item.type === 'matching' || item.type === 'timeline') {
    return (
      <>
        <strong>{marks}</strong> ({names})
      </>
    );
  }
  return (
    <>
      <strong>{names}</strong> ({marks})
    </>
  );
}

/**
 * The quiz on paper: questions first, the answer key with its evidence on a page of its own.
 * No question and no key entry is split across pages (print CSS: break-inside: avoid).
 */
export function PrintQuizPage({ quiz, assignmentTitle }: { quiz: Quiz; assignmentTitle: string }) {
  return (
    <article class="print-quiz">
      <header class="page-header">
        <p class="kicker">{assignmentTitle}</p>
        <h1>{quiz.title}</h1>
        <p class="note">Name: ______________________ Date: ____________</p>
        <p class="note screen-only">Use your browser's Print command; the answer key starts on a new page.</p>
      </header>
      <ol class="print-questions">
        {quiz.items.map((item) => (
          <li key={item.id}>
            <p class="review-stem">{item.stem}</p>
            {item.type === 'matching' ? (
              <>
                <ol class="print-prompts">
                  {item.prompts.map((prompt, index) => (
                    <li key={prompt}>
                      {index + 1}. {prompt} ____
                    </li>
                  ))}
                </ol>
                <ul class="print-options">
                  {item.options.map((option, index) => (
                    <li key={option}>
                      {letter(index)}. {option}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <ul class="print-options">
                {item.options.map((option, index) => (
                  <li key={option}>
                    {item.type === 'timeline' ? '____ ' : `${letter(index)}. `}
                    {option}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <section class="answer-key" aria-labelledby="key-heading">
        <h2 id="key-heading">Answer key</h2>
        <ol>
          {quiz.items.map((item) => (
            <li key={item.id}>
              <KeyAnswer item={item} />. {item.explanation}
              {item.evidence.map((evidence) => (
                <blockquote key={evidence.paragraph}>
                  ¶{evidence.paragraph}: {evidence.sentence}
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
