import type { Assignment } from '../../core/classroom/assignment.ts';
import { LocalTime } from '../components/LocalTime.tsx';
import { Island } from '../islands/Island.tsx';
import LocalTimes from '../islands/LocalTimes.tsx';
import { DISPLAY_NAME_MAX } from '../../core/names.ts';
import { countOf } from '../../core/format.ts';

/** A student's way into an assignment: what it is, then their name. */
export function AssignmentPage({
  assignment,
  quizTitle,
  questionCount,
  refusal,
  resultPath = null,
}: {
  assignment: Assignment;
  quizTitle: string;
  questionCount: number;
  refusal: string | null;
  /** The student's own result, when they are refused for having used their one attempt. */
  resultPath?: string | null;
}) {
  return (
    <section class="assignment">
      <p class="kicker">Class assignment</p>
      <h1>{assignment.title}</h1>
      <p class="lede">
        {quizTitle} · {countOf(questionCount, 'question')}
        {assignment.dueAt !== null && (
          <>
            {' '}
            · due <LocalTime at={assignment.dueAt} offset={assignment.tzOffset} />
          </>
        )} ·{' '}
        {assignment.attemptsAllowed === 'one' ? 'one attempt' : 'as many attempts as you like'}
      </p>
      {refusal ? (
        <div class="notice error" role="alert">
          <p>{refusal}</p>
          {resultPath && (
            <p>
              <a href={resultPath}>See your result</a>
            </p>
          )}
        </div>
      ) : (
        <form method="get" action={`/a/${assignment.id}/quiz`} class="stack">
          <label class="field">
            <span>Your name (as your teacher knows you)</span>
            <input type="text" name="name" required maxLength={DISPLAY_NAME_MAX} autoComplete="name" />
          </label>
          <p class="hint">Only your teacher sees it, next to your score. No email, no account.</p>
          <button type="submit" class="button">
            Start the quiz
          </button>
        </form>
      )}
      {assignment.dueAt !== null && <Island name="LocalTimes" component={LocalTimes} props={{}} />}
    </section>
  );
}
