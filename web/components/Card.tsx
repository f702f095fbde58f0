export function Card({ href, kicker, title, hook }: { href: string; kicker: string; title: string; hook: string }) {
  return (
    <li class="card">
      <a href={href}>
        <span class="card-kicker">{kicker}</span>
        <span class="card-title">{title}</span>
        <span class="card-hook">{hook}</span>
      </a>
    </li>
  );
}
