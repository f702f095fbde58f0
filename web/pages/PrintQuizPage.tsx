import { renderAnswer } from '../../core/quiz/answer-text.ts';
import type { Quiz } from '../../core/quiz/schema.ts';

const letter = (index: number) => String.fromCharCode(65 + index);

/** The quiz on paper: questions first, the answer key with its evidence on a page of its own. */
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
                  {item.prompts.map((prompt) => (
                    <li key={prompt}>{prompt} ____</li>
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
              <strong>{renderAnswer(item, item.key)}</strong>
              {item.type !== 'timeline' && item.type !== 'matching' && ` (${letter(item.key)})`}. {item.explanation}
              {item.evidence.map((evidence) => (
                <blockquote key={evidence.paragraph}>
                  ¶{evidence.paragraph}: “{evidence.sentence}”
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
