/** A session's status and its connection test as badges, toned by how things stand. */
import type { ConnectionTestResult, SessionStatus } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useSessionLabels } from '../hooks/use-session-labels.ts';

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const labels = useSessionLabels(() => '');
  return (
    <Badge tone={status === 'held' ? 'success' : status === 'cancelled' ? 'danger' : 'neutral'}>
      {labels.status(status)}
    </Badge>
  );
}

export function ConnectionTestBadge({ result }: { result: ConnectionTestResult }) {
  const labels = useSessionLabels(() => '');
  return (
    <Badge tone={result === 'passed' ? 'success' : result === 'failed' ? 'danger' : 'warning'}>
      {labels.connectionTest(result)}
    </Badge>
  );
}
