import { AssignmentSettingsFields, type SettingsValues } from '../components/AssignmentSettingsFields.tsx';
import { Island } from '../islands/Island.tsx';
import MyClasses from '../islands/MyClasses.tsx';

export interface QuizChoice {
  id: string;
  label: string;
  group: string;
}

/** What the teacher typed, kept on every form error so nothing has to be typed twice. */
export interface TeachFormValues extends SettingsValues {
  quizId?: string;
  article?: string;
  error?: string;
}

/** Choosing the quiz and the settings, no account; the questions are reviewed on the next page. */
export function TeachPage({ quizzes, values = {} }: { quizzes: QuizChoice[]; values?: TeachFormValues }) {
  const groups = [...new Set(quizzes.map((quiz) => quiz.group))];
  return (
    <article class="teach">
      <header class="page-header">
        <p class="kicker">For teachers</p>
        <h1>Assign a quiz to your class</h1>
        <p class="lede">No account. Pick a quiz or paste an article, review its questions, then get a class code, a link and a QR code for students, and a private dashboard where results arrive.</p>
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
        <AssignmentSettingsFields values={values} />
        <button type="submit" class="button">
          Review the questions
        </button>
        <p class="hint">Nothing is assigned yet: next you see every question, and can edit, drop or add some before creating the class.</p>
      </form>
    </article>
  );
}
