import { Island } from '../islands/Island.tsx';
import TimezoneField from '../islands/TimezoneField.tsx';

/** The settings as typed: kept when a form comes back, and carried from /teach to the draft. */
export interface SettingsValues {
  title?: string;
  /** The datetime-local value as typed. */
  due?: string;
  attempts?: 'one' | 'unlimited';
  reveal?: 'after-submit' | 'after-close';
}

/** The assignment's settings: title, due time (with the browser's zone), attempts, when answers are shown. */
export function AssignmentSettingsFields({ values }: { values: SettingsValues }) {
  return (
    <>
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
    </>
  );
}
