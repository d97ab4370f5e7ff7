import { Alert, Badge, Button, FileButton, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconId, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CardSide } from '../../../gql/graphql';

// What the API accepts (api/src/modules/patients/insurance-card-upload.ts): the declared type must
// match the file's first bytes, and the body is at most 5 MB. Checked here first so a wrong file
// fails before it is sent, with the API's own wording.
const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
const MAX_BYTES = 5 * 1024 * 1024;
const WRONG_FILE = 'Send a JPEG, PNG or WebP photo of the card (at most 5 MB).';

const SIDE_LABELS: Record<CardSide, string> = { FRONT: 'Front of card', BACK: 'Back of card' };

/** A card image already on file, as InsurancePolicy.cardImages returns it. */
export interface CardImageOnFile {
  side?: CardSide | null;
  url?: string | null;
}

/** Props of {@link CardImageUpload}. */
export interface CardImageUploadProps {
  /** The insurance policy the card belongs to. */
  policyId: string;
  /** One side only; both (front, then back) when left out. */
  side?: CardSide;
  /** What is on file now (InsurancePolicy.cardImages), shown as thumbnails. */
  cardImages?: readonly CardImageOnFile[] | null;
  /** Called after a side was stored (refetch the policy to see its new cardImages). */
  onUploaded?: (side: CardSide) => void;
}

/**
 * Photos of an insurance card, front and back. The file goes straight to the API's upload route
 * (binary bodies do not belong in GraphQL) with the session cookie and the `x-handoff-upload`
 * header the API requires against cross-site form posts; a new photo replaces the old one.
 */
export function CardImageUpload({ policyId, side, cardImages, onUploaded }: CardImageUploadProps) {
  const sides: readonly CardSide[] = side ? [side] : ['FRONT', 'BACK'];
  return (
    <SimpleGrid cols={{ base: 1, sm: sides.length }} spacing="sm">
      {sides.map((s) => (
        <CardSideUpload
          key={s}
          policyId={policyId}
          side={s}
          onFileUrl={cardImages?.find((image) => image.side === s)?.url ?? null}
          onUploaded={onUploaded}
        />
      ))}
    </SimpleGrid>
  );
}

interface CardSideUploadProps {
  policyId: string;
  side: CardSide;
  onFileUrl: string | null;
  onUploaded?: (side: CardSide) => void;
}

/** Why an upload was refused, in words for the desk; the API's own message when it sent one. */
async function uploadProblem(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  if (body && typeof body.error === 'string' && response.status !== 404) return body.error;
  switch (response.status) {
    case 413:
      return WRONG_FILE;
    case 401:
    case 403:
      return 'Your session has ended. Sign in again, then upload the photo.';
    case 404:
      return 'This policy was not found, or you may not add card photos to it.';
    default:
      return 'The photo could not be stored. Please try again.';
  }
}

function CardSideUpload({ policyId, side, onFileUrl, onUploaded }: CardSideUploadProps) {
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The photo just sent, shown from memory: the policy's cardImages update only when the parent refetches.
  const [preview, setPreview] = useState<{ url: string; name: string } | null>(null);

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  async function upload(file: File | null) {
    if (!file) return;
    setProblem(null);
    if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type) || file.size === 0 || file.size > MAX_BYTES) {
      setProblem(WRONG_FILE);
      return;
    }
    setUploading(true);
    try {
      const response = await fetch(`/uploads/insurance-cards/${encodeURIComponent(policyId)}/${side}`, {
        method: 'PUT',
        body: file,
        credentials: 'include',
        headers: { 'Content-Type': file.type, 'x-handoff-upload': '1' },
      });
      if (!response.ok) {
        setProblem(await uploadProblem(response));
        return;
      }
      setPreview({ url: URL.createObjectURL(file), name: file.name });
      onUploaded?.(side);
    } catch {
      setProblem('Cannot reach the server. Check your connection and try again.');
    } finally {
      setUploading(false);
    }
  }

  const label = SIDE_LABELS[side];
  const shown = preview?.url ?? onFileUrl;

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {label}
          </Text>
          {shown ? (
            <Badge color="teal" variant="light" size="sm">
              {preview ? 'Uploaded' : 'On file'}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="sm">
              Missing
            </Badge>
          )}
        </Group>
        {shown ? (
          <img
            src={shown}
            alt={`${label} on file`}
            style={{ width: '100%', maxHeight: 160, objectFit: 'contain', borderRadius: 6, background: '#f1f3f5' }}
          />
        ) : (
          <Stack
            align="center"
            justify="center"
            gap={4}
            h={120}
            style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 6 }}
          >
            <IconId size={28} stroke={1.4} color="var(--mantine-color-gray-5)" />
            <Text size="xs" c="dimmed">
              No photo yet
            </Text>
          </Stack>
        )}
        {problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            {problem}
          </Alert>
        ) : null}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            JPEG, PNG or WebP, up to 5 MB
          </Text>
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPTED_TYPES.join(',')}>
            {(buttonProps) => (
              <Button
                {...buttonProps}
                size="xs"
                variant={shown ? 'default' : 'filled'}
                leftSection={<IconUpload size={14} />}
                loading={uploading}
                aria-label={`${shown ? 'Replace' : 'Upload'} ${label.toLowerCase()}`}
              >
                {shown ? 'Replace' : 'Upload'}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Paper>
  );
}
