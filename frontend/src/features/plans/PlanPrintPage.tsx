import { useParams } from 'react-router';
import { formatDate, formatNumber } from '../../components/format';
import { Markdown } from '../../components/Markdown';
import { ErrorState } from '../../components/QueryState';
import { usePlan } from './api';
import { sharedObjectives, STATUS_LABEL } from './model';
import './print.css';

/** One page for the customer meeting: the plan's shared objectives only. Printed (or saved as PDF) by the browser. */
export function PlanPrintPage() {
  const { id } = useParams();
  const plan = usePlan(id);
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} title="Could not load the plan" />;
  if (!plan.data) return null;
  const p = plan.data;
  const objectives = sharedObjectives(p);
  return (
    <main className="plan-print">
      <header>
        <h1>{p.accountName}: our shared objectives</h1>
        <p>
          {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
        </p>
        <button type="button" className="plan-print-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </header>
      {p.customerGoals && (
        <section>
          <h2>Your goals</h2>
          <div className="plan-print-text">
            <Markdown text={p.customerGoals} />
          </div>
        </section>
      )}
      {objectives.length === 0 ? (
        <p>No objective is shared with the customer yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Objective</th>
              <th>Measure</th>
              <th>Now</th>
              <th>Due</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {objectives.map((o) => (
              <tr key={o.id}>
                <td>
                  {o.title}
                  {o.milestones.length > 0 && (
                    <ul>
                      {o.milestones.map((m) => (
                        <li key={m.id}>
                          {m.done ? '✓ ' : ''}
                          {m.title} ({formatDate(m.dueOn)})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {o.metric}: {formatNumber(o.baseline)} → {formatNumber(o.target)} {o.unit ?? ''}
                </td>
                <td>{o.kind === 'CUSTOM' && !o.currentOn ? 'Not measured yet' : formatNumber(o.currentValue)}</td>
                <td>{formatDate(o.dueOn)}</td>
                <td>{STATUS_LABEL[o.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
