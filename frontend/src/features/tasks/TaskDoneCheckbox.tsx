import { Checkbox, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/problem';
import { useUpdateTask } from './api';

interface TaskRef {
  id: string;
  title: string;
  version: number;
  status?: 'OPEN' | 'DONE' | 'CANCELLED';
}

/**
 * Completes a task (or reopens a done one) with one click or Space: a spinner while it saves, the server's
 * sentence when it is refused. `onDone` runs after a successful save.
 */
export function TaskDoneCheckbox({ task, disabled, onDone }: { task: TaskRef; disabled?: boolean; onDone?: () => void }) {
  const update = useUpdateTask();
  const done = (task.status ?? 'OPEN') === 'DONE';
  if (update.isPending) return <Loader size={18} aria-label={`Saving ${task.title}`} />;
  return (
    <Checkbox
      aria-label={done ? `Reopen ${task.title}` : `Mark ${task.title} done`}
      checked={done}
      disabled={disabled || task.status === 'CANCELLED'}
      onChange={() => {
        update.mutate(
          { id: task.id, version: task.version, patch: { status: done ? 'OPEN' : 'DONE' } },
          {
            onSuccess: () => onDone?.(),
            onError: (err) => notifications.show({ color: 'red', title: done ? 'Task not reopened' : 'Task not completed', message: errorMessage(err) }),
          },
        );
      }}
    />
  );
}
