import dayjs from 'dayjs';
import { taskStatusValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';
import { isoDate } from '../../components/format';
import type { TaskStatus } from './api';

/** When a task is due, as the Tasks page offers it: overdue, due today or earlier, this week, or any time. */
export type DueFilter = '' | 'overdue' | 'today' | 'week';

/** The Tasks page's filters; they live in the URL. */
export interface TaskFilters {
  /** Only the signed-in person's tasks (`mine` in the URL), else everyone's. */
  mine: boolean;
  /** The person whose tasks these are; set from `mine` with the signed-in person's id. */
  assigneeId: string[];
  accountId: string[];
  status: TaskStatus[];
  due: DueFilter;
}

export const emptyTaskFilters: TaskFilters = { mine: true, assigneeId: [], accountId: [], status: ['OPEN'], due: '' };

const isStatus = (v: string): v is TaskStatus => (taskStatusValues as readonly string[]).includes(v);
const DUE: readonly DueFilter[] = ['overdue', 'today', 'week'];

export function filtersFromSearchParams(sp: URLSearchParams): TaskFilters {
  const due = sp.get('due') ?? '';
  const status = sp.getAll('status').filter(isStatus);
  return {
    mine: sp.get('who') !== 'everyone',
    assigneeId: [],
    accountId: sp.getAll('accountId').filter(Boolean),
    // No status in the URL means open tasks; "any" lists every status.
    status: sp.get('status') === 'any' ? [] : status.length ? status : ['OPEN'],
    due: (DUE as readonly string[]).includes(due) ? (due as DueFilter) : '',
  };
}

/** The filters as URL search params, leaving out defaults so links stay short. */
export function filtersToSearchParams(f: TaskFilters): URLSearchParams {
  const sp = new URLSearchParams();
  if (!f.mine) sp.set('who', 'everyone');
  f.accountId.forEach((v) => sp.append('accountId', v));
  if (f.status.length === 0) sp.set('status', 'any');
  else if (!(f.status.length === 1 && f.status[0] === 'OPEN')) f.status.forEach((v) => sp.append('status', v));
  if (f.due) sp.set('due', f.due);
  return sp;
}

export const taskFiltersCodec: ListUrlCodec<TaskFilters> = { parse: filtersFromSearchParams, serialize: filtersToSearchParams };

/** The `dueBefore` the API takes for a due filter: the day after the last day that counts. */
export function dueBefore(due: DueFilter, today = dayjs()): string | undefined {
  switch (due) {
    case 'overdue':
      return isoDate(today);
    case 'today':
      return isoDate(today.add(1, 'day'));
    case 'week':
      return isoDate(today.add(7, 'day'));
    default:
      return undefined;
  }
}

/** Query parameters for GET /tasks. */
export function taskListQuery(f: TaskFilters, cursor: string | undefined, limit: number, today = dayjs()) {
  const before = dueBefore(f.due, today);
  return {
    ...(f.assigneeId.length ? { assigneeId: f.assigneeId } : {}),
    ...(f.accountId.length ? { accountId: f.accountId } : {}),
    ...(f.status.length ? { status: f.status } : {}),
    ...(before ? { dueBefore: before } : {}),
    sort: 'dueDate',
    ...(cursor ? { cursor } : {}),
    limit,
  };
}
