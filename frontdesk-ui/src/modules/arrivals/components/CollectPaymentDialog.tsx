import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Anchor, Button, Group, Modal, NumberInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { PaymentMethod } from '../../../gql/graphql';

const ArrivalsTokenizeCardMutation = graphql(`
  mutation ArrivalsTokenizeCard($card: CardInput!) {
    tokenizeCard(card: $card) {
      token
      brand
      last4
    }
  }
`);

const ArrivalsCollectPaymentMutation = graphql(`
  mutation ArrivalsCollectPayment($input: CollectPaymentInput!) {
    collectPayment(input: $input) {
      id
      status
      declineReason
      cardBrand
      cardLast4
      amountCents
    }
  }
`);

export interface CollectPaymentDialogProps {
  patientId: string;
  patientName: string;
  appointmentId: string | null;
  copayDueCents: number;
  onClose: () => void;
  onPaid: () => void;
}

/** "12/29" or "12/2029" → month and four-digit year, or null. */
function parseExpiry(text: string): { expMonth: number; expYear: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return null;
  const expMonth = Number(match[1]);
  const year = Number(match[2]);
  if (expMonth < 1 || expMonth > 12) return null;
  return { expMonth, expYear: year < 100 ? 2000 + year : year };
}

/**
 * Takes a payment at the window. The idempotency key is made once per attempt and kept across
 * retries (a double click or a lost answer never charges twice); only a decline, which ends the
 * attempt, makes a new one for the next card.
 */
export function CollectPaymentDialog({
  patientId,
  patientName,
  appointmentId,
  copayDueCents,
  onClose,
  onPaid,
}: CollectPaymentDialogProps) {
  const [tokenize] = useMutation(ArrivalsTokenizeCardMutation);
  const [collect] = useMutation(ArrivalsCollectPaymentMutation);
  const [attemptKey, setAttemptKey] = useState(() => crypto.randomUUID());
  const [method, setMethod] = useState<PaymentMethod>('CASH');
  const [amount, setAmount] = useState<number | string>(copayDueCents / 100);
  const [checkNumber, setCheckNumber] = useState('');
  const [cardNumber, setCardNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const amountCents = Math.round(Number(amount) * 100);

  async function submit() {
    if (submitting) return;
    setProblem(null);
    if (!Number.isFinite(amountCents) || amountCents <= 0) return setProblem('Enter an amount more than $0.00.');
    if (method === 'CHECK' && !checkNumber.trim()) return setProblem('Enter the check number.');
    const exp = method === 'CARD' ? parseExpiry(expiry) : null;
    if (method === 'CARD' && (!cardNumber.trim() || !exp)) return setProblem('Enter the card number and expiry (MM/YY).');
    setSubmitting(true);
    try {
      let cardToken: string | null = null;
      if (method === 'CARD' && exp) {
        const tokenized = await tokenize({ variables: { card: { number: cardNumber.replace(/\s+/g, ''), ...exp } } });
        cardToken = tokenized.data?.tokenizeCard.token ?? null;
        if (!cardToken) return setProblem(userMessage(tokenized.error) || 'The card could not be read.');
      }
      const result = await collect({
        variables: {
          input: {
            patientId,
            amountCents,
            method,
            checkNumber: method === 'CHECK' ? checkNumber.trim() : null,
            cardToken,
            appointmentId,
            idempotencyKey: attemptKey,
          },
        },
      });
      const payment = result.data?.collectPayment;
      if (!payment) return setProblem(userMessage(result.error));
      if (payment.status === 'DECLINED') {
        // A decline ends this attempt: the next card is a new payment with its own key.
        setAttemptKey(crypto.randomUUID());
        setCardNumber('');
        return setProblem(`Card declined${payment.declineReason ? `: ${payment.declineReason}` : ''}. Try another card.`);
      }
      onPaid();
      notifications.show({
        color: 'teal',
        autoClose: 15_000,
        message: (
          <Group gap="xs">
            <span>Payment received from {patientName}.</span>
            <Anchor href={`/documents/receipts/${payment.id}.pdf`} target="_blank" rel="noopener" size="sm">
              Receipt
            </Anchor>
          </Group>
        ),
      });
      onClose();
    } catch (error) {
      // Network trouble: the same key is kept, so pressing again cannot charge twice.
      setProblem(userMessage(error as Error));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Collect payment · ${patientName}`} size="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Method"
            value={method}
            onChange={(value) => setMethod(value as PaymentMethod)}
            data={[
              { value: 'CASH', label: 'Cash' },
              { value: 'CHECK', label: 'Check' },
              { value: 'CARD', label: 'Card' },
            ]}
          />
          <NumberInput
            label="Amount"
            prefix="$"
            decimalScale={2}
            fixedDecimalScale
            min={0}
            value={amount}
            onChange={setAmount}
            required
          />
          {method === 'CHECK' ? (
            <TextInput label="Check number" value={checkNumber} onChange={(e) => setCheckNumber(e.currentTarget.value)} />
          ) : null}
          {method === 'CARD' ? (
            <Group grow align="flex-start">
              <TextInput
                label="Card number"
                autoComplete="cc-number"
                inputMode="numeric"
                value={cardNumber}
                onChange={(e) => setCardNumber(e.currentTarget.value)}
              />
              <TextInput
                label="Expiry"
                placeholder="MM/YY"
                autoComplete="cc-exp"
                maw={100}
                value={expiry}
                onChange={(e) => setExpiry(e.currentTarget.value)}
              />
            </Group>
          ) : null}
          {problem ? (
            <Alert color="red" variant="light">
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Collect
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
