import { Group, Image, Modal, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { CardSide } from '../../../gql/graphql';

export interface CardImageThumb {
  id: string;
  side?: CardSide | null;
  url?: string | null;
  uploadedBy?: string | null;
}

const SIDE = { FRONT: 'Front', BACK: 'Back' } as const;

export interface CardImageThumbnailsProps {
  payerName: string;
  images: readonly CardImageThumb[];
}

/** Small photos of the card, front first; a click shows it large enough to read the numbers. */
export function CardImageThumbnails({ payerName, images }: CardImageThumbnailsProps) {
  const [open, setOpen] = useState<CardImageThumb | null>(null);
  const shown = images.filter((image) => image.url);
  if (shown.length === 0) return null;
  const label = (image: CardImageThumb) =>
    `${payerName} card, ${image.side ? SIDE[image.side].toLowerCase() : 'photo'}`;

  return (
    <>
      <Group gap={6} mt={6}>
        {shown.map((image) => (
          <UnstyledButton key={image.id} onClick={() => setOpen(image)} aria-label={`Enlarge ${label(image)}`}>
            <Image
              src={image.url}
              alt={label(image)}
              w={84}
              h={54}
              fit="cover"
              radius="sm"
              style={{ border: '1px solid var(--mantine-color-gray-3)' }}
            />
            <Text size="10px" c="dimmed" ta="center">
              {image.side ? SIDE[image.side] : ''}
            </Text>
          </UnstyledButton>
        ))}
      </Group>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? label(open) : ''} size="xl" centered>
        {open?.url ? (
          <>
            <Image src={open.url} alt={label(open)} fit="contain" mah="70vh" />
            {open.uploadedBy ? (
              <Text size="xs" c="dimmed" mt="xs">
                Uploaded by {open.uploadedBy}
              </Text>
            ) : null}
          </>
        ) : null}
      </Modal>
    </>
  );
}
