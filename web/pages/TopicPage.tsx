import type { Topic } from '../../core/content/schema.ts';
import { ActorList } from '../components/ActorList.tsx';
import { Citations } from '../components/Citations.tsx';
import { Prose } from '../components/Prose.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { Island } from '../islands/Island.tsx';
import ShareButton from '../islands/ShareButton.tsx';

export function TopicPage({ topic, outlets }: { topic: Topic; outlets: Record<string, string> }) {
  const definitions = new Map(topic.keyTerms.map((entry) => [entry.term, entry.definition]));
  const paragraph = (p: Topic['summary'][number]) => (
    <div class="para" id={`p${p.n}`} key={p.n}>
      <Prose text={p.text} definitions={definitions} /> <Citations cites={p.cites} outlets={outlets} />
    </div>
  );

  return (
    <article class="topic">
      <header class="page-header">
        <p class="kicker">Explainer {topic.order}</p>
        <h1>{topic.title}</h1>
        <p class="lede">{topic.hook}</p>
        <div class="row">
          <a class="button" href={`/quiz/${topic.quizId}`}>
            Take the quiz
          </a>
          <Island name="ShareButton" component={ShareButton} props={{ url: `/topics/${topic.slug}`, title: topic.title, text: topic.hook }} />
        </div>
      </header>
      <section class="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">In short</h2>
        {topic.summary.map(paragraph)}
      </section>
      <nav class="toc" aria-label="On this page">
        <ol>
          {topic.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
          <li>
            <a href="#key-terms">Key terms</a>
          </li>
          <li>
            <a href="#actors">Who's involved</a>
          </li>
          {topic.timeline.length > 0 && (
            <li>
              <a href="#timeline">Timeline</a>
            </li>
          )}
        </ol>
      </nav>
      {topic.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id}>{section.heading}</h2>
          {section.paragraphs.map(paragraph)}
        </section>
      ))}
      <section aria-labelledby="key-terms">
        <h2 id="key-terms">Key terms</h2>
        <dl class="glossary">
          {topic.keyTerms.map((entry) => (
            <div key={entry.term}>
              <dt>{entry.term}</dt>
              <dd>
                {entry.definition} {entry.cites.length > 0 && <Citations cites={entry.cites} outlets={outlets} />}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="actors">
        <h2 id="actors">Who's involved</h2>
        <ActorList actors={topic.actors} outlets={outlets} />
      </section>
      {topic.timeline.length > 0 && (
        <section aria-labelledby="timeline">
          <h2 id="timeline">Timeline</h2>
          <Timeline entries={topic.timeline} outlets={outlets} />
        </section>
      )}
      <p class="row">
        <a class="button" href={`/quiz/${topic.quizId}`}>
          Check what you understood: take the quiz
        </a>
      </p>
    </article>
  );
}
