import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftItemView } from '../../core/drafts/view.ts';
import { countOf } from '../../core/format.ts';

/** The editor's props: the draft and its questions as the server last saved them. */
export interface DraftEditorProps {
  draftId: string;
  items: DraftItemView[];
}

type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string };

const TYPE_NAMES: Record<DraftItemView['type'], string> = {
  'multiple-choice': 'Multiple choice',
  cloze: 'Fill the gap',
  'true-false': 'True or false',
  'who-said-it': 'Who said it',
  timeline: 'Timeline',
  matching: 'Matching',
};
const SAVE_DELAY_MS = 800;
const OFFLINE = 'We could not reach Crosscheck. Your changes are still on this page; we will save them when you are back online.';

/** The form fields the server reads from one question: stem, and for a one-answer question its options and key. */
const asEdit = (item: DraftItemView) => (typeof item.key === 'number' ? { id: item.id, stem: item.stem, options: item.options, key: item.key } : { id: item.id, stem: item.stem });

/** A sentence with the answer's span marked. */
function Sentence({ sentence, span }: { sentence: string; span: [number, number] }) {
  return (
    <>
      “{sentence.slice(0, span[0])}
      <mark>{sentence.slice(span[0], span[1])}</mark>
      {sentence.slice(span[1])}”
    </>
  );
}

/**
 * The draft's questions, editable. Rendered on the server as plain forms (one per question: save
 * the stem and options, move, drop), so without JavaScript every change is a form post. Once
 * hydrated it saves as the teacher types (debounced, one request at a time, the whole list each
 * time), says "Saved" or why not, and lets no other form on the page (add, regenerate, create)
 * leave before the last change is saved.
 */
export default function DraftEditor({ draftId, items: initial }: DraftEditorProps) {
  const [items, setItems] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [live, setLive] = useState(false);
  const latest = useRef(items);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const url = `/teach/draft/${draftId}/items`;

  const send = async (): Promise<boolean> => {
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      const res = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items: latest.current.map(asEdit) }) });
      const body = (await res.json().catch(() => null)) as { items?: DraftItemView[]; message?: string } | null;
      if (!res.ok || !body?.items) {
        dirty.current = true;
        setState({ kind: 'error', message: body?.message ?? 'We could not save just now. Your changes are still on this page: try again in a moment.' });
        return false;
      }
      // The server's warnings and marks; the text stays as typed meanwhile.
      const saved = new Map(body.items.map((item) => [item.id, item]));
      const merge = (list: DraftItemView[]) => list.map((item) => ({ ...item, warnings: saved.get(item.id)?.warnings ?? item.warnings, edited: saved.get(item.id)?.edited ?? item.edited }));
      latest.current = merge(latest.current);
      setItems(latest.current);
      setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      return true;
    } catch {
      dirty.current = true;
      setState({ kind: 'error', message: OFFLINE });
      return false;
    }
  };

  /** Saves now (after the request in flight, if any); true once every change is saved. */
  const flush = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    inFlight.current = send();
    const ok = await inFlight.current;
    inFlight.current = null;
    return ok && (dirty.current ? flush() : true);
  };

  const change = (next: DraftItemView[], delay = SAVE_DELAY_MS) => {
    latest.current = next;
    setItems(next);
    dirty.current = true;
    setState({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  };
  const update = (id: string, patch: Partial<DraftItemView>) => change(latest.current.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const move = (index: number, by: number) => {
    const next = latest.current.slice();
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item as DraftItemView);
    change(next, 0);
  };

  useEffect(() => {
    setLive(true);
    // Other forms on the page (add, regenerate, create) wait for the last change to be saved.
    const beforeSubmit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      if (!form.hasAttribute('data-after-save') || (!dirty.current && !inFlight.current)) return;
      event.preventDefault();
      void flush().then((ok) => ok && form.requestSubmit(event.submitter as HTMLElement | null));
    };
    // A closing tab still sends what was typed in the last moment.
    const onHide = () => {
      if (dirty.current) void fetch(url, { method: 'PUT', keepalive: true, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items: latest.current.map(asEdit) }) });
    };
    const onOnline = () => void flush();
    document.addEventListener('submit', beforeSubmit, true);
    addEventListener('pagehide', onHide);
    addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('submit', beforeSubmit, true);
      removeEventListener('pagehide', onHide);
      removeEventListener('online', onOnline);
    };
  }, []);

  return (
    <div class="draft-editor">
      <h2>
        {countOf(items.length, 'question')}
      </h2>
      {live && (
        <p class={`save-state ${state.kind}`} role="status">
          {state.kind === 'saved' ? '✓ Saved' : state.kind === 'error' ? `Not saved: ${state.message}` : 'Saving…'}
        </p>
      )}
      <ol class="draft-items">
        {items.map((item, index) => (
          <li key={item.id} id={`item-${item.id}`} class="draft-item">
            <form
              method="post"
              action={`${url}/${item.id}`}
              onSubmit={(event) => {
                event.preventDefault();
                void flush();
              }}
            >
              <p class="draft-item-head">
                <span class="question-number">Question {index + 1}</span> · <span>{TYPE_NAMES[item.type]}</span>
                {item.own && <span class="tag">Your question</span>}
                {item.edited && <span class="tag">Edited</span>}
              </p>
              <label class="field">
                <span>Question text</span>
                <textarea name="stem" rows={2} maxLength={500} onInput={(event) => update(item.id, { stem: event.currentTarget.value })}>
                  {item.stem}
                </textarea>
              </label>
              <ItemOptions item={item} index={index} onChange={(patch) => update(item.id, patch)} />
              {item.evidence.map((evidence) => (
                <div class="draft-evidence" key={evidence.paragraph}>
                  <p class="hint">Evidence, paragraph {evidence.paragraph}:</p>
                  <blockquote>
                    <Sentence sentence={evidence.sentence} span={evidence.span} />
                  </blockquote>
                  {evidence.paragraphText && evidence.paragraphText !== evidence.sentence && (
                    <details>
                      <summary>Paragraph {evidence.paragraph} in full</summary>
                      <p>{evidence.paragraphText}</p>
                    </details>
                  )}
                </div>
              ))}
              {!item.evidence.length && <p class="hint">No evidence sentence: students see none for this question.</p>}
              {item.warnings.length > 0 && (
                <ul class="draft-warnings" aria-label={`Warnings for question ${index + 1}`}>
                  {item.warnings.map((warning) => (
                    <li key={warning}>⚠ {warning}</li>
                  ))}
                </ul>
              )}
              <div class="draft-actions">
                {!live && (
                  <button type="submit" name="action" value="save" class="button">
                    Save question {index + 1}
                  </button>
                )}
                <button type="submit" name="action" value="up" class="button secondary" disabled={index === 0} onClick={live ? (event) => (event.preventDefault(), move(index, -1)) : undefined}>
                  Move up<span class="visually-hidden"> question {index + 1}</span>
                </button>
                <button type="submit" name="action" value="down" class="button secondary" disabled={index === items.length - 1} onClick={live ? (event) => (event.preventDefault(), move(index, 1)) : undefined}>
                  Move down<span class="visually-hidden"> question {index + 1}</span>
                </button>
                <button
                  type="submit"
                  name="action"
                  value="drop"
                  class="button danger"
                  onClick={live ? (event) => (event.preventDefault(), change(latest.current.filter((other) => other.id !== item.id), 0)) : undefined}
                >
                  Drop<span class="visually-hidden"> question {index + 1}</span>
                </button>
              </div>
            </form>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The options of one question: editable with their key for a one-answer question, shown as they are otherwise. */
function ItemOptions({ item, index, onChange }: { item: DraftItemView; index: number; onChange: (patch: Partial<DraftItemView>) => void }) {
  const key = item.key;
  if (typeof key !== 'number') {
    return (
      <div class="draft-fixed">
        <p class="hint">Only the wording of a {TYPE_NAMES[item.type].toLowerCase()} question can be edited here; its {item.type === 'timeline' ? 'events' : 'pairs'} stay as generated.</p>
        <ol>
          {item.type === 'timeline'
            ? key.map((option) => <li key={option}>{item.options[option]}</li>)
            : (item.prompts ?? []).map((prompt, i) => (
                <li key={prompt}>
                  {prompt} → {item.options[key[i] as number]}
                </li>
              ))}
        </ol>
      </div>
    );
  }
  const trueFalse = item.type === 'true-false';
  return (
    <fieldset class="field draft-options">
      <legend>{trueFalse ? 'The statement is' : 'Options (mark the right one)'}</legend>
      {item.options.map((option, i) => (
        <div class="draft-option" key={i}>
          <input
            type="radio"
            name="key"
            value={i}
            id={`key-${item.id}-${i}`}
            checked={key === i}
            onChange={() => onChange({ key: i })}
            aria-label={trueFalse ? undefined : `Option ${i + 1} of question ${index + 1} is the right answer`}
          />
          {trueFalse ? (
            <label for={`key-${item.id}-${i}`}>{option}</label>
          ) : (
            <input
              type="text"
              name="option"
              value={option}
              maxLength={200}
              aria-label={`Option ${i + 1} of question ${index + 1}`}
              onInput={(event) => onChange({ options: item.options.map((other, j) => (j === i ? event.currentTarget.value : other)) })}
            />
          )}
          <span>{key === i && <span class="tag right">Right answer</span>}</span>
        </div>
      ))}
    </fieldset>
  );
}
