import type { Topic } from '../../core/content/schema.ts';
import { Citations } from './Citations.tsx';

export function ActorList({ actors, outlets }: { actors: Topic['actors']; outlets: Record<string, string> }) {
  return (
    <dl class="actors">
      {actors.map((actor) => (
        <div key={actor.name}>
          <dt>{actor.name}</dt>
          <dd>
            {actor.role} <Citations cites={actor.cites} outlets={outlets} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
