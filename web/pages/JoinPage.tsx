/** Students type the class code their teacher shows. */
export function JoinPage({ code = '', error }: { code?: string; error?: string }) {
  return (
    <section class="join">
      <h1>Join your class</h1>
      <p class="lede">Type the 6-character code your teacher gave you.</p>
      <form method="post" action="/join" class="stack">
        <label class="field">
          <span>Class code</span>
          <input
            class="code-input"
            type="text"
            name="code"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={20}
            required
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'join-error' : undefined}
          />
        </label>
        {error && (
          <p id="join-error" class="notice error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button">
          Join
        </button>
      </form>
    </section>
  );
}
