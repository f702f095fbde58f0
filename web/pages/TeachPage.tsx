import { Island } from '../islands/Island.tsx';
import MyClasses from '../islands/MyClasses.tsx';
import TimezoneField from '../islands/TimezoneField.tsx';

export interface QuizChoice {
  id: string;
  label: string;
  group: string;
}

/** What the teacher typed, kept on every form error so nothing has to be typed twice. */
export interface TeachFormValues {
  quizId?: string;
  title?: string;
  article?: string;
  /** The datetime-local value as typed. */
  due?: string;
  attempts?: 'one' | 'unlimited';
  reveal?: 'after-submit' | 'after-close';
  error?: string;
}

/** Creating an assignment: one form, no account. */
export function TeachPage({ quizzes, values = {} }: { quizzes: QuizChoice[]; values?: TeachFormValues }) {
  const groups = [...new Set(quizzes.map((quiz) => quiz.group))];
  return (
    <article class="teach">
      <header class="page-header">
        <p class="kicker">For teachers</p>
        <h1>Assign a quiz to your class</h1>
        <p class="lede">One step, no account. You get a class code, a link and a QR code for students, and a private dashboard where results arrive.</p>
      </header>
      <Island name="MyClasses" component={MyClasses} props={{}} />
      {values.error && (
        <p class="notice error" role="alert">
          {values.error}
        </p>
      )}
      <form method="post" action="/teach" class="stack">
        <label class="field">
          <span>Quiz</span>
          <select name="quizId">
            {groups.map((group) => (
              <optgroup label={group} key={group}>
                {quizzes
                  .filter((quiz) => quiz.group === group)
                  .map((quiz) => (
                    <option value={quiz.id} key={quiz.id} selected={quiz.id === values.quizId}>
                      {quiz.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <details class="paste" open={Boolean(values.article)}>
          <summary>Or make a quiz from an article you paste</summary>
          <p class="hint">English prose, 25 to 20,000 words. The first line is taken as the title. The quiz replaces the one chosen above.</p>
          <label class="field">
            <span>Article text</span>
            <textarea name="article" rows={10} maxLength={200_000}>
              {values.article ?? ''}
            </textarea>
          </label>
        </details>
        <label class="field">
          <span>Assignment title (optional)</span>
          <input type="text" name="title" maxLength={120} value={values.title ?? ''} placeholder="e.g. Period 3 — Syria reading check" />
        </label>
        <label class="field">
          <span>Due (optional, your local time)</span>
          <input type="datetime-local" name="due" value={values.due ?? ''} />
          <span class="hint">Read in your browser's time zone (in UTC if JavaScript is off).</span>
        </label>
        <Island name="TimezoneField" component={TimezoneField} props={{}} />
        <fieldset class="field choices">
          <legend>Attempts per student</legend>
          <label class="choice">
            <input type="radio" name="attempts" value="one" checked={values.attempts !== 'unlimited'} /> <span>One</span>
          </label>
          <label class="choice">
            <input type="radio" name="attempts" value="unlimited" checked={values.attempts === 'unlimited'} /> <span>Unlimited</span>
          </label>
        </fieldset>
        <fieldset class="field choices">
          <legend>Students see the right answers</legend>
          <label class="choice">
            <input type="radio" name="reveal" value="after-submit" checked={values.reveal !== 'after-close'} /> <span>Right after submitting</span>
          </label>
          <label class="choice">
            <input type="radio" name="reveal" value="after-close" checked={values.reveal === 'after-close'} /> <span>After I close the assignment</span>
          </label>
        </fieldset>
        <button type="submit" class="button">
          Create assignment
        </button>
      </form>
    </article>
  );
}
