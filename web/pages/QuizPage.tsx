import { sourceHref } from '../../core/quiz/public.ts';
import { Island } from '../islands/Island.tsx';
import QuizRunner, { type QuizRunnerProps } from '../islands/QuizRunner.tsx';
import { countOf } from '../../core/format.ts';

export function QuizPage({ runner, heading }: { runner: QuizRunnerProps; heading?: string }) {
  const { quiz } = runner;
  const source = sourceHref(quiz.source);
  return (
    <article class="quiz-page">
      <header class="page-header">
        <p class="kicker">{heading ?? 'Quiz'}</p>
        <h1>{quiz.title}</h1>
        <p class="lede">
          {countOf(quiz.items.length, 'question')}
          {source && (
            <>
              {' '}
              on <a href={source}>{quiz.source.title}</a>
            </>
          )}
          .
        </p>
      </header>
      <Island name="QuizRunner" component={QuizRunner} props={runner} />
    </article>
  );
}
