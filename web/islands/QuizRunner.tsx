// The quiz. On the server it renders as one plain form (works with JavaScript off); hydrated, it
// becomes one question at a time with practice feedback, saving every answer on the device and
// keeping a failed submit there until it goes through.
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { OUTCOME_MARK, countOf, outcomeOf } from '../../core/format.ts';
import { newAttemptId } from '../../core/ids.ts';
import { DISPLAY_NAME_MAX } from '../../core/names.ts';
import { answerFromForm } from '../../core/quiz/form.ts';
import type { ItemFeedback } from '../../core/quiz/feedback.ts';
import type { Answer } from '../../core/quiz/grade.ts';
import type { PublicItem, PublicQuiz } from '../../core/quiz/public.ts';
import { renderAnswer } from '../../core/quiz/answer-text.ts';
import { QuestionFields } from '../components/quiz/QuestionFields.tsx';
import { clearAttempt, loadAttempt, saveAttempt, type StoredAttempt } from './attempt-store.ts';

export interface QuizRunnerProps {
  quiz: PublicQuiz;
  /** Server-made id and start time for a fresh attempt (a resumed one keeps its own). */
  attemptId: string;
  startedAt: number;
  /** Where the plain form posts. */
  action: string;
  /** The assignment this attempt belongs to, or "open". */
  scope: string;
  /** Feedback after each answer (practice) or only at the end. */
  practice: boolean;
  /** A display name fixed by the class join step; otherwise the student may give one. */
  displayName?: string;
}

/**
 * Where a submit stands. A refusal for a closed or past-due assignment (`kept`) keeps the answers
 * on the device, with no way to throw them away from here; "one attempt" used links the result.
 */
type SubmitState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'saved-offline' }
  | { kind: 'refused'; message: string; reason: RefusalReason; resultUrl?: string };

/** Why the server refused an attempt (POST /api/attempts, 403), as far as the island acts on it. */
type RefusalReason = 'kept' | 'attempt-used' | 'other';

const refusalReason = (error: unknown): RefusalReason => (error === 'closed' || error === 'past-due' ? 'kept' : error === 'attempt-used' ? 'attempt-used' : 'other');

/** Retries of a failed submit back off from 5 s to at most a minute (or what Retry-After asks). */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 60_000;

function isComplete(item: PublicItem, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (item.type === 'timeline') return Array.isArray(answer) && answer.length === item.options.length;
  if (item.type === 'matching') return Array.isArray(answer) && answer.every((option) => option >= 0);
  return typeof answer === 'number';
}

function freshAttempt(props: QuizRunnerProps, attemptId = props.attemptId, startedAt = props.startedAt): StoredAttempt {
  return { attemptId, startedAt, answers: {}, feedback: {}, index: 0, displayName: props.displayName ?? '', pending: false };
}

/** Answers ticked in the plain form before the island took over (slow networks). */
function answersTickedBeforeHydration(quiz: PublicQuiz, form: HTMLFormElement | null): Record<string, Answer> {
  if (!form) return {};
  const fields = Object.fromEntries(new FormData(form));
  const answers: Record<string, Answer> = {};
  for (const item of quiz.items) {
    try {
      const answer = answerFromForm(item, fields);
      if (answer !== null) answers[item.id] = answer;
    } catch {
      // half-filled: the island asks again
    }
  }
  return answers;
}

/** A stored attempt made against an older version of the quiz keeps only what still fits it. */
function fitToQuiz(quiz: PublicQuiz, stored: StoredAttempt): StoredAttempt {
  const ids = new Set(quiz.items.map((item) => item.id));
  const keep = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
  return { ...stored, answers: keep(stored.answers), feedback: keep(stored.feedback), index: Math.min(stored.index, quiz.items.length) };
}

export default function QuizRunner(props: QuizRunnerProps) {
  const { quiz, action, scope, practice } = props;
  const slot = { quizId: quiz.id, scope, displayName: props.displayName };
  const [ready, setReady] = useState(false);
  const [attempt, setAttempt] = useState<StoredAttempt>(() => freshAttempt(props));
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState('');
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'idle' });
  const plainFormRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const shownIndex = useRef<number | null>(null);
  const retryMs = useRef(FIRST_RETRY_MS);

  const update = (next: StoredAttempt) => {
    setAttempt(next);
    if (!saveAttempt(slot, next)) setNotice('This browser cannot save answers on the device; keep this page open until you submit.');
  };

  async function send(current: StoredAttempt) {
    setSubmit({ kind: 'sending' });
    const complete = Object.fromEntries(
      quiz.items.filter((item) => isComplete(item, current.answers[item.id])).map((item) => [item.id, current.answers[item.id]!]),
    );
    const body = {
      quizId: quiz.id,
      attemptId: current.attemptId,
      answers: complete,
      startedAt: current.startedAt,
      ...(scope !== 'open' && { assignmentId: scope }),
      ...(current.displayName.trim() && { displayName: current.displayName }),
    };
    let retryAfterMs = 0;
    try {
      const res = await fetch('/api/attempts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.ok) {
        const { resultUrl } = (await res.json()) as { resultUrl: string };
        clearAttempt(slot);
        location.assign(resultUrl);
        return;
      }
      if (res.status < 500 && res.status !== 408 && res.status !== 429) {
        const refusal = (await res.json().catch(() => ({}))) as { error?: string; message?: string; resultUrl?: string };
        update({ ...current, pending: false });
        setSubmit({ kind: 'refused', message: refusal.message ?? 'The server refused this attempt.', reason: refusalReason(refusal.error), resultUrl: refusal.resultUrl });
        return;
      }
      retryAfterMs = Number(res.headers.get('retry-after') ?? 0) * 1000;
    } catch {
      // offline or unreachable: kept below
    }
    retryMs.current = Math.min(MAX_RETRY_MS, Math.max(retryAfterMs, retryMs.current * 2));
    update({ ...current, pending: true });
    setSubmit({ kind: 'saved-offline' });
  }

  useEffect(() => {
    const stored = loadAttempt(slot);
    const early = answersTickedBeforeHydration(quiz, plainFormRef.current);
    const base = stored ? fitToQuiz(quiz, stored) : freshAttempt(props);
    const resumed = { ...base, answers: { ...base.answers, ...early } };
    setAttempt(resumed);
    if (Object.keys(early).length) saveAttempt(slot, resumed);
    setReady(true);
    if (resumed.pending) void send(resumed);
  }, []);

  useEffect(() => {
    // A kept submit goes again when the browser is back online, and on a timer in case it never went offline.
    if (!attempt.pending || submit.kind === 'sending') return;
    const retry = () => void send(attempt);
    const timer = setTimeout(retry, retryMs.current);
    addEventListener('online', retry);
    return () => {
      clearTimeout(timer);
      removeEventListener('online', retry);
    };
  }, [attempt, submit.kind]);

  useEffect(() => {
    // Focus follows the question when it changes (not on first show, which would jump the page).
    if (!ready) return;
    if (shownIndex.current !== null && shownIndex.current !== attempt.index) headingRef.current?.focus();
    shownIndex.current = attempt.index;
  }, [attempt.index, ready]);

  const currentItem = quiz.items[attempt.index];
  const currentFeedback = currentItem && attempt.feedback[currentItem.id];
  useEffect(() => {
    // After "Check answer" the button it was becomes "Next": keep the keyboard there.
    if (currentFeedback) nextRef.current?.focus();
  }, [currentFeedback]);

  if (!ready) return <PlainForm {...props} formRef={plainFormRef} />;

  const total = quiz.items.length;
  const finished = attempt.index >= total;
  const item = currentItem;
  const answer = item && attempt.answers[item.id];
  const feedback = currentFeedback;
  const go = (index: number) => update({ ...attempt, index });
  const skip = () => {
    const { [item!.id]: _partial, ...answers } = attempt.answers;
    update({ ...attempt, answers, index: attempt.index + 1 });
  };
  const startOver = () => {
    clearAttempt(slot);
    update(freshAttempt(props, newAttemptId(), Date.now()));
    setSubmit({ kind: 'idle' });
  };

  async function check() {
    if (!item || answer === undefined) return;
    if (!practice) return go(attempt.index + 1);
    setChecking(true);
    setNotice('');
    try {
      const res = await fetch(`/api/quizzes/${quiz.id}/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ itemId: item.id, answer }) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const result = (await res.json()) as ItemFeedback;
      update({ ...attempt, feedback: { ...attempt.feedback, [item.id]: result } });
    } catch {
      setNotice('You seem to be offline. Your answer is saved on this device; you can go on and see the feedback on your result page.');
    } finally {
      setChecking(false);
    }
  }

  return (
    <form
      class="quiz-runner"
      method="post"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        void send(attempt);
      }}
    >
      <p class="hint quiz-mode">{practice ? 'One question at a time: you see the answer and its proof from the text after each one.' : 'One question at a time; you see your result when you finish.'}</p>
      <div class="progress" aria-hidden={finished}>
        <span>{finished ? 'All done' : `Question ${attempt.index + 1} of ${total}`}</span>
        <progress max={total} value={Math.min(attempt.index + (feedback ? 1 : 0), total)} aria-label="Progress" />
      </div>

      {item ? (
        <section class="question" aria-labelledby={`stem-${item.id}`}>
          <h2 id={`stem-${item.id}`} class="stem" tabIndex={-1} ref={headingRef}>
            {item.stem}
          </h2>
          <QuestionFields
            item={item}
            answer={answer}
            disabled={Boolean(feedback) || checking}
            onAnswer={(next) => update({ ...attempt, answers: { ...attempt.answers, [item.id]: next } })}
          />
          <div class="feedback-region" aria-live="polite">
            {feedback && (
              <div class={feedback.correct ? 'feedback right' : 'feedback wrong'}>
                <p class="verdict">
                  <span aria-hidden="true">{OUTCOME_MARK[outcomeOf(feedback)]} </span>
                  {feedback.correct ? 'Right.' : feedback.score > 0 ? `Partly right (${Math.round(feedback.score * 100)}%).` : 'Not quite.'}
                </p>
                {!feedback.correct && (
                  <p>
                    <strong>Answer:</strong> {renderAnswer(item, feedback.key)}
                  </p>
                )}
                <p>{feedback.explanation}</p>
                {feedback.evidence.map((evidence) => (
                  <blockquote key={evidence.paragraph}>
                    {evidence.sentence}{' '}
                    {evidence.href && (
                      <a href={evidence.href} target="_blank">
                        Paragraph {evidence.paragraph}
                      </a>
                    )}
                  </blockquote>
                ))}
              </div>
            )}
            {notice && <p class="notice">{notice}</p>}
          </div>
          <div class="row">
            {attempt.index > 0 && (
              <button type="button" class="button secondary" onClick={() => go(attempt.index - 1)}>
                Back
              </button>
            )}
            {practice && !feedback ? (
              <button type="button" class="button" disabled={!isComplete(item, answer) || checking} onClick={check}>
                {checking ? 'Checking…' : 'Check answer'}
              </button>
            ) : (
              // Keyed: were this DOM button reused as the submit button below, the tap that
              // re-renders it would also submit the form.
              <button key="next" ref={nextRef} type="button" class="button" disabled={!isComplete(item, answer) && !feedback} onClick={() => go(attempt.index + 1)}>
                {attempt.index + 1 < total ? 'Next question' : 'Finish'}
              </button>
            )}
            {!feedback && !isComplete(item, answer) && (
              <button type="button" class="link-button" onClick={skip}>
                Skip
              </button>
            )}
          </div>
        </section>
      ) : (
        <section class="question" aria-labelledby="finish-heading">
          <h2 id="finish-heading" class="stem" tabIndex={-1} ref={headingRef}>
            Ready to see your result?
          </h2>
          <p>
            You answered {quiz.items.filter((candidate) => isComplete(candidate, attempt.answers[candidate.id])).length} of {countOf(total, 'question')}.
          </p>
          {props.displayName === undefined && (
            <label class="field">
              <span>Your name on the result (optional)</span>
              <input
                type="text"
                name="displayName"
                maxLength={DISPLAY_NAME_MAX}
                autoComplete="nickname"
                value={attempt.displayName}
                onInput={(event) => update({ ...attempt, displayName: event.currentTarget.value })}
              />
            </label>
          )}
          <div class="submit-status" aria-live="assertive">
            {submit.kind === 'saved-offline' && (
              <p class="notice">
                <strong>Your answers are safe on this device.</strong> We couldn't reach Crosscheck just now. We'll keep trying and send
                them as soon as we can, or the next time you open this quiz.
              </p>
            )}
            {submit.kind === 'refused' && <Refusal {...submit} onStartOver={startOver} />}
          </div>
          <div class="row">
            <button type="button" class="button secondary" onClick={() => go(total - 1)}>
              Back
            </button>
            <button key="submit" type="submit" class="button" disabled={submit.kind === 'sending'}>
              {submit.kind === 'sending' ? 'Sending…' : submit.kind === 'saved-offline' ? 'Try again now' : 'See my result'}
            </button>
          </div>
        </section>
      )}
    </form>
  );
}

/** What a refused submit says, and the one way on that loses nothing. */
function Refusal({ message, reason, resultUrl, onStartOver }: Extract<SubmitState, { kind: 'refused' }> & { onStartOver: () => void }) {
  return (
    <div class="notice error">
      <p>{message}</p>
      {reason === 'kept' && (
        <p>
          <strong>Your answers are kept on this device.</strong> Nothing is lost: if your teacher reopens the assignment, open this page again
          and send them.
        </p>
      )}
      {reason === 'attempt-used' && resultUrl && (
        <p>
          <a href={resultUrl}>See your result</a>
        </p>
      )}
      {reason === 'other' && (
        <button type="button" class="button secondary" onClick={onStartOver}>
          Start a new attempt
        </button>
      )}
    </div>
  );
}

/** The whole quiz as one form that posts to the server: the experience with JavaScript off. */
function PlainForm({ quiz, attemptId, startedAt, action, displayName, practice, formRef }: QuizRunnerProps & { formRef: Ref<HTMLFormElement> }) {
  return (
    <form class="quiz-form" method="post" action={action} ref={formRef}>
      <p class="hint quiz-mode">
        {quiz.items.length === 1 ? 'The question is on this page: answer it, then send it' : `All ${quiz.items.length} questions are on this page: answer them, then send them at once`} with the button at the end.{' '}
        {practice ? 'Your result page then shows each answer with its proof from the text.' : 'You see your result when you send your answers.'}
      </p>
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="startedAt" value={startedAt} />
      {quiz.items.map((item, index) => (
        <fieldset class="question" key={item.id}>
          <legend id={`stem-${item.id}`} class="stem">
            <span class="question-number">
              {index + 1}/{quiz.items.length}
            </span>{' '}
            {item.stem}
          </legend>
          {item.type === 'timeline' && <p class="hint">Give each event its position, earliest first.</p>}
          <QuestionFields item={item} />
        </fieldset>
      ))}
      {displayName === undefined ? (
        <label class="field">
          <span>Your name on the result (optional)</span>
          <input type="text" name="displayName" maxLength={DISPLAY_NAME_MAX} autoComplete="nickname" />
        </label>
      ) : (
        <input type="hidden" name="displayName" value={displayName} />
      )}
      <button type="submit" class="button">
        See my result
      </button>
    </form>
  );
}
