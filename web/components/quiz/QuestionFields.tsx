// The answer controls of one question, as plain form fields: they post without JavaScript, and
// the quiz island drives the same markup when JavaScript is on.
import type { Answer } from '../../../core/quiz/grade.ts';
import type { PublicItem } from '../../../core/quiz/public.ts';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ordinal } from '../../../core/format.ts';

interface Props {
  item: PublicItem;
  answer?: Answer | undefined;
  /** Interactive mode: called on every change; absent in the plain form. */
  onAnswer?: (answer: Answer) => void;
  disabled?: boolean;
}

export function QuestionFields({ item, answer, onAnswer, disabled }: Props) {
  if (item.type === 'matching') return <MatchingFields item={item} answer={answer} onAnswer={onAnswer} disabled={disabled} />;
  if (item.type === 'timeline') {
    return onAnswer ? <TapOrdering item={item} answer={answer} onAnswer={onAnswer} disabled={disabled} /> : <PositionSelects item={item} />;
  }
  return (
    <div class="choices" role="radiogroup" aria-labelledby={`stem-${item.id}`}>
      {item.options.map((option, index) => (
        <label class="choice" key={index}>
          <input
            type="radio"
            name={item.id}
            value={index}
            checked={onAnswer ? answer === index : undefined}
            disabled={disabled}
            onChange={onAnswer && (() => onAnswer(index))}
          />
          <span>{option}</span>
        </label>
      ))}
    </div>
  );
}

function MatchingFields({ item, answer, onAnswer, disabled }: Props & { item: Extract<PublicItem, { type: 'matching' }> }) {
  const chosen = Array.isArray(answer) ? answer : [];
  return (
    <div class="matching">
      {item.prompts.map((prompt, promptIndex) => (
        <label class="match-row" key={promptIndex}>
          <span class="match-prompt">{prompt}</span>
          <select
            name={`${item.id}.${promptIndex}`}
            disabled={disabled}
            value={onAnswer ? String(chosen[promptIndex] ?? -1) : undefined}
            onChange={
              onAnswer &&
              ((event) => {
                const next = item.prompts.map((_, i) => chosen[i] ?? -1);
                next[promptIndex] = Number(event.currentTarget.value);
                onAnswer(next);
              })
            }
          >
            <option value="-1">Choose…</option>
            {item.options.map((option, optionIndex) => (
              <option value={optionIndex} key={optionIndex}>
                {option}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

/** Without JavaScript: give each event its position. */
function PositionSelects({ item }: { item: PublicItem }) {
  return (
    <div class="matching">
      {item.options.map((event, index) => (
        <label class="match-row" key={index}>
          <span class="match-prompt">{event}</span>
          <select name={`${item.id}.${index}`}>
            <option value="-1">Position…</option>
            {item.options.map((_, position) => (
              <option value={position} key={position}>
                {ordinal(position + 1)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

/** With JavaScript: tap the events from earliest to latest (no dragging needed). */
function TapOrdering({ item, answer, onAnswer, disabled }: Props) {
  const order = Array.isArray(answer) ? answer.filter((i) => i >= 0) : [];
  const remaining = item.options.map((_, i) => i).filter((i) => !order.includes(i));
  const container = useRef<HTMLDivElement>(null);
  // The tapped button leaves the list (and "Start over" leaves with the order): move the keyboard
  // to the button now in its place, or the last one, or "Undo last" once every event is placed,
  // instead of letting it drop to <body>. A layout effect runs in the same commit as the removal,
  // so no keypress can land on <body> in between.
  const pickedAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pickedAt.current === null) return;
    const buttons = container.current?.querySelectorAll<HTMLButtonElement>('.choices button, .row button');
    const choices = container.current?.querySelectorAll<HTMLButtonElement>('.choices button');
    (choices?.[Math.min(pickedAt.current, choices.length - 1)] ?? buttons?.[0])?.focus();
    pickedAt.current = null;
  }, [order.length]);
  const pick = (optionIndex: number, at: number) => {
    pickedAt.current = at;
    onAnswer!([...order, optionIndex]);
  };
  return (
    <div class="ordering" ref={container}>
      <ol class="ordered" aria-label="Your order so far">
        {order.map((optionIndex, position) => (
          <li key={optionIndex}>
            <span class="position">{ordinal(position + 1)}</span> {item.options[optionIndex]}
          </li>
        ))}
      </ol>
      {remaining.length > 0 && <p class="hint">Tap the {order.length === 0 ? 'earliest' : 'next'} event:</p>}
      <div class="choices">
        {remaining.map((optionIndex, at) => (
          <button type="button" class="choice" key={optionIndex} disabled={disabled} onClick={() => pick(optionIndex, at)}>
            {item.options[optionIndex]}
          </button>
        ))}
      </div>
      {order.length > 0 && !disabled && (
        <div class="row">
          <button type="button" class="button secondary" onClick={() => onAnswer!(order.slice(0, -1))}>
            Undo last
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              pickedAt.current = 0;
              onAnswer!([]);
            }}
          >
            Start over
          </button>
        </div>
      )}
    </div>
  );
}
