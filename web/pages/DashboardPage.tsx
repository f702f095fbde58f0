import type { Assignment } from '../../core/classroom/assignment.ts';
import { formatClassCode } from '../../core/classroom/class-code.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { Gradebook, type GradebookView } from '../components/Gradebook.tsx';
import { LocalTime } from '../components/LocalTime.tsx';
import { Island } from '../islands/Island.tsx';
import LiveGradebook from '../islands/LiveGradebook.tsx';
import LocalTimes from '../islands/LocalTimes.tsx';
import RememberClass from '../islands/RememberClass.tsx';
import { countOf } from '../../core/format.ts';

/** Everything the teacher's dashboard shows. */
export interface DashboardView {
  assignment: Assignment;
  quiz: Quiz;
  urls: { student: string; join: string; dashboard: string };
  qrSvg: string;
  gradebook: GradebookView;
  /** Just created: show the bookmark warning. */
  created: boolean;
}

/** The teacher's private dashboard. */
export function DashboardPage(view: DashboardView) {
  const { assignment, quiz, urls } = view;
  // The secret travels in a cookie scoped to this path (worker/middleware/load-teacher.ts), never in these links.
  const base = `/teach/${assignment.id}`;
  const dropped = view.gradebook.regrade.dropped.length;
  return (
    <article class="dashboard">
      <header class="page-header">
        <p class="kicker">Teacher dashboard · {assignment.closed ? 'Closed' : 'Open'}</p>
        <h1>{assignment.title}</h1>
        <p class="lede">
          Quiz: {quiz.title} · {countOf(quiz.items.length, 'question')}{dropped > 0 && ` (${dropped} dropped from grading)`} · {assignment.attemptsAllowed === 'one' ? 'one attempt per student' : 'unlimited attempts'} · answers
          shown {assignment.reveal === 'after-submit' ? 'right after submitting' : 'when you close the assignment'}
          {assignment.dueAt !== null && (
            <>
              {' '}
              · due <LocalTime at={assignment.dueAt} offset={assignment.tzOffset} />
            </>
          )}
        </p>
      </header>

      {view.created ? (
        <section class="notice warning" role="alert" aria-labelledby="bookmark-heading">
          <h2 id="bookmark-heading">Bookmark this page now</h2>
          <p>
            This private link is the only way back to your dashboard: there are no accounts, and we cannot recover it. Anyone with it can see
            results and close the assignment, so keep it to yourself.
          </p>
          <input class="share-link" readOnly value={urls.dashboard} aria-label="Your private dashboard link" />
        </section>
      ) : (
        <label class="field bookmark-link">
          <span>Your private link (bookmark it; keep it to yourself)</span>
          <input class="share-link" readOnly value={urls.dashboard} />
        </label>
      )}

      <section class="share-panel" aria-labelledby="students-heading">
        <h2 id="students-heading">For your students</h2>
        <div class="share-grid">
          <div>
            <p>
              Go to <strong>{urls.join}</strong> and type the class code:
            </p>
            <p class="class-code" aria-label={`Class code ${assignment.classCode.split('').join(' ')}`}>
              {formatClassCode(assignment.classCode)}
            </p>
            <p>
              Or open the link: <a href={urls.student}>{urls.student}</a>
            </p>
            <p>
              {/* A plain link to Google's share page: no script from another site runs here. */}
              <a class="button secondary" href={`https://classroom.google.com/share?url=${encodeURIComponent(urls.student)}`} target="_blank" rel="noopener noreferrer">
                Share to Google Classroom
              </a>
            </p>
          </div>
          <div class="qr-box" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
        </div>
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Assignment</h2>
        <form method="post" action={`${base}/status`} class="row">
          <input type="hidden" name="closed" value={assignment.closed ? 'false' : 'true'} />
          <button type="submit" class="button secondary">
            {assignment.closed ? 'Reopen the assignment' : 'Close the assignment'}
          </button>
          <span class="note">{assignment.closed ? 'Closed: students cannot submit.' : 'Open: students can submit.'}</span>
        </form>
        <p class="row">
          <a class="button secondary" href={`${base}/grades.csv`} download>
            Grades (CSV)
          </a>
          <a class="button secondary" href={`${base}/quiz.gift`} download>
            Quiz for Moodle (GIFT)
          </a>
          <a class="button secondary" href={`${base}/quiz-qti21.zip`} download>
            Quiz as QTI 2.1 (Canvas)
          </a>
          <a class="button secondary" href={`${base}/print`}>
            Printable quiz with answer key
          </a>
        </p>
        <p class="note">
          Scores here give partial credit (a share of the pairs or of the order right). Moodle (GIFT) keeps partial credit for matching and
          timeline questions, by its own matching rule; Canvas keeps it for matching, and scores a timeline per position; OpenOlat and TAO
          score the QTI file as this site does; Blackboard imports only the one-answer questions.
        </p>
      </section>

      <Island
        name="RememberClass"
        component={RememberClass}
        props={{ id: assignment.id, title: assignment.title, createdAt: assignment.createdAt, code: assignment.classCode, dashboard: base }}
      />

      <Island name="LiveGradebook" component={LiveGradebook} props={{ resultsUrl: `${base}/results`, closed: assignment.closed }} />
      <Gradebook {...view.gradebook} assignmentId={assignment.id} closed={assignment.closed} timeOffset={assignment.tzOffset} />
      <Island name="LocalTimes" component={LocalTimes} props={{}} />
    </article>
  );
}
