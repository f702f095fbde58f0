import type { DraftItemView } from '../../core/drafts/view.ts';
import { AssignmentSettingsFields, type SettingsValues } from '../components/AssignmentSettingsFields.tsx';
import DraftEditor from '../islands/DraftEditor.tsx';
import { Island } from '../islands/Island.tsx';

/** The "add your own question" form as typed, kept when it comes back with an error. */
export interface OwnQuestionValues {
  type?: 'multiple-choice' | 'true-false';
  stem?: string;
  options?: string[];
  key?: string;
  truth?: 'true' | 'false';
  paragraph?: string;
  sentence?: string;
}

interface DraftPageProps {
  draftId: string;
  title: string;
  /** How many paragraphs the text has, for the evidence field. */
  paragraphs: number;
  items: DraftItemView[];
  /** The generator found no question in this text: the teacher writes the quiz, and new questions cannot be made. */
  noneGenerated: boolean;
  settings: SettingsValues;
  days: number;
  error?: string;
  own?: OwnQuestionValues;
}

const OWN_OPTIONS = 4;

/** A quiz draft under review: its questions (the editor island), a question of one's own, new questions, and the class. */
export function DraftPage({ draftId, title, paragraphs, items, noneGenerated, settings, days, error, own = {} }: DraftPageProps) {
  const base = `/teach/draft/${draftId}`;
  return (
    <article class="teach draft">
      <header class="page-header">
        <p class="kicker">Draft: not assigned yet</p>
        <h1>Review the questions: {title}</h1>
        <p class="lede">
          {noneGenerated ? 'Write your questions' : 'Edit, reorder or drop questions, add your own'}, then create the assignment. No class sees anything until then. This draft is kept at this
          address for {days} days after your last change: bookmark it to come back.
        </p>
      </header>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {noneGenerated && (
        <div class="notice" role="status">
          <p>
            <strong>We found no question we could stand behind in this text.</strong> Our generator asks only what it can check against the text: names, dates, figures, quotations and
            stated reasons that it can pair with plausible wrong answers from the same text. This one gave it too few.
          </p>
          <p>Write your own questions below (the text stays with this draft for evidence), or go back to paste a longer article.</p>
        </div>
      )}
      {items.length > 0 && <Island name="DraftEditor" component={DraftEditor} props={{ draftId, items }} />}

      <details class="paste own-question" open={Boolean(own.stem) || items.length === 0}>
        <summary>Add a question of your own</summary>
        <form method="post" action={`${base}/questions`} class="stack" data-after-save>
          <fieldset class="field choices">
            <legend>Kind of question</legend>
            <label class="choice">
              <input type="radio" name="type" value="multiple-choice" checked={own.type !== 'true-false'} /> <span>Multiple choice</span>
            </label>
            <label class="choice">
              <input type="radio" name="type" value="true-false" checked={own.type === 'true-false'} /> <span>True or false</span>
            </label>
          </fieldset>
          <label class="field">
            <span>Question (or, for true or false, the statement)</span>
            <textarea name="stem" rows={2} maxLength={500}>
              {own.stem ?? ''}
            </textarea>
          </label>
          <fieldset class="field draft-options">
            <legend>Multiple choice: options (mark the right one; leave extra ones empty)</legend>
            {Array.from({ length: OWN_OPTIONS }, (_, i) => (
              <div class="draft-option" key={i}>
                <input type="radio" name="key" value={i} checked={own.key === String(i)} aria-label={`Option ${i + 1} is the right answer`} />
                <input type="text" name="option" maxLength={200} value={own.options?.[i] ?? ''} aria-label={`Option ${i + 1}`} />
              </div>
            ))}
          </fieldset>
          <fieldset class="field choices">
            <legend>True or false: the statement is</legend>
            <label class="choice">
              <input type="radio" name="truth" value="true" checked={own.truth === 'true'} /> <span>True</span>
            </label>
            <label class="choice">
              <input type="radio" name="truth" value="false" checked={own.truth === 'false'} /> <span>False</span>
            </label>
          </fieldset>
          <p class="hint">Evidence is optional: the paragraph number (1 to {paragraphs}) and one of its sentences, copied exactly.</p>
          <label class="field">
            <span>Evidence paragraph (optional)</span>
            <input type="number" name="paragraph" min={1} max={paragraphs} inputMode="numeric" value={own.paragraph ?? ''} />
          </label>
          <label class="field">
            <span>Evidence sentence (optional)</span>
            <textarea name="sentence" rows={2} maxLength={2000}>
              {own.sentence ?? ''}
            </textarea>
          </label>
          <button type="submit" class="button secondary">
            Add this question
          </button>
        </form>
      </details>

      {!noneGenerated && (
        <form method="post" action={`${base}/regenerate`} class="regenerate" data-after-save>
          <button type="submit" class="button secondary">
            Make new questions from the same text
          </button>
          <p class="hint">Questions you edited or wrote stay; the others are replaced, and the ones you dropped do not come back.</p>
        </form>
      )}

      <h2>Create the assignment</h2>
      {items.length === 0 && <p class="hint">Add at least one question first.</p>}
      <form method="post" action={`${base}/create`} class="stack" data-after-save>
        <AssignmentSettingsFields values={settings} />
        <button type="submit" class="button">
          Create assignment
        </button>
      </form>
    </article>
  );
}
