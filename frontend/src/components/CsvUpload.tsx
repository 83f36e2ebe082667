import { Alert, Button, Card, FileInput, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/problem';
import { formatInteger } from './format';

export function percent(done: number, of: number): number {
  return of <= 0 ? 0 : Math.min(100, Math.round((done / of) * 100));
}

/**
 * The first step of a CSV import: pick a file and upload it with a progress bar (the server streams it). A
 * refusal (not UTF-8, no header, too large) is shown as the server's sentence; nothing is kept then.
 */
export function CsvUploadCard({
  description,
  upload,
  onUploaded,
}: {
  description: ReactNode;
  upload: (file: File, onProgress: (sent: number, total: number) => void) => Promise<{ id: string }>;
  onUploaded: (id: string) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (!file) {
      setError('Choose a CSV file to import.');
      return;
    }
    setError(null);
    setSent({ sent: 0, total: file.size });
    try {
      const created = await upload(file, (s, total) => setSent({ sent: s, total }));
      onUploaded(created.id);
      setFile(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSent(null);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="import-upload-title">
      <Stack>
        <Title order={2} size="h4" id="import-upload-title">
          Upload a CSV file
        </Title>
        <Text size="sm">{description}</Text>
        <Group align="end">
          <FileInput
            label="CSV file"
            placeholder="Choose a file"
            accept=".csv,text/csv"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setError(null);
            }}
            clearable
            w={360}
            disabled={sent !== null}
          />
          <Button onClick={() => void send()} loading={sent !== null} disabled={!file}>
            Upload
          </Button>
        </Group>
        {sent && (
          <Stack gap={4}>
            <Text size="sm">
              Uploading: {formatInteger(Math.round(sent.sent / 1024))} of {formatInteger(Math.round(sent.total / 1024))} KB
            </Text>
            <Progress value={percent(sent.sent, sent.total)} aria-label="Upload progress" />
          </Stack>
        )}
        {error && (
          <Alert color="red" title="The file was not imported">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** An import's counts, each labelled (tests and screen readers find a figure by its label). */
export function ImportFigures({ facts }: { facts: [string, number][] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {facts.map(([label, value]) => (
        <Stack gap={0} key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={600} aria-label={label}>
            {formatInteger(value)}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** A job's progress: "Checking rows: 120 of 400" over a bar. */
export function JobProgress({ text, done, of, label }: { text: string; done: number; of: number; label: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm">
        {text}: {formatInteger(done)} of {formatInteger(of)}
      </Text>
      <Progress value={percent(done, of)} aria-label={label} />
    </Stack>
  );
}
