import { useCompetitors } from './api';

/** A competitor's name from the list ("…" while the list loads). */
export function CompetitorName({ id }: { id: string }) {
  const competitors = useCompetitors();
  if (!competitors.data) return <>…</>;
  return <>{competitors.data.items.find((c) => c.id === id)?.name ?? 'A competitor no longer on the list'}</>;
}
