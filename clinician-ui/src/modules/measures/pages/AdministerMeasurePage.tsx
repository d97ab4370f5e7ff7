import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FullPageLoader, QueryError, userMessage } from '@handoff/ui-kit';
import { Alert, Box, Button, Container, Divider, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconHeartHandshake } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { evictMeasureResults } from '../evictMeasureResults';
import { isInstrument } from '../instruments';
import { MeasureFormQuery, RecordMeasureResponsesMutation } from '../operations/measures.operations';
import { MeasureQuestion, type AnswerValue, type FormQuestion } from '../components/MeasureQuestion';

type Answers = Readonly<Record<string, AnswerValue>>;

/** Scored items must be answered, unless the form's own skip rule applies (AUDIT-C after "Never"). */
function mayBeBlank(question: FormQuestion, answers: Answers): boolean {
  if (question.kind !== 'SCORED') return true;
  if (question.required) return false;
  const rule = question.skippedWhen;
  return !rule || answers[rule.itemId] === rule.value;
}

/**
 * The questionnaire on the clinic tablet, handed to the patient. Full screen, outside the app's
 * layout: no navigation, no patient name, no other record and no live alerts, only the
 * instrument's title, its questions and Submit. The server scores the answers; the page never
 * receives the score (the clinician reads it in the chart), so the patient is not shown a
 * number without the clinician there to explain it.
 */
export function AdministerMeasurePage() {
  const { patientId = '', instrument: instrumentParam } = useParams();
  const [params] = useSearchParams();
  const assignmentId = params.get('assignment');
  const instrument = isInstrument(instrumentParam) ? instrumentParam : null;
  const client = useApolloClient();
  const [answers, setAnswers] = useState<Answers>({});
  const [showMissing, setShowMissing] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { data, loading, error, refetch } = useQuery(MeasureFormQuery, {
    variables: { instrument: instrument ?? 'PHQ9' },
    skip: !instrument,
  });
  const [record, { loading: saving }] = useMutation(RecordMeasureResponsesMutation);
  const form = data?.measureForm;
  const chart = `/patients/${patientId}?tab=measures`;

  // recharts leaves an off-screen span with the last text it measured (a chart's tick) in <body>;
  // nothing from the chart the clinician just left belongs on the patient's screen.
  useEffect(() => document.getElementById('recharts_measurement_span')?.remove(), []);

  if (!instrument) {
    return (
      <Container size="sm" py="xl">
        <Text size="lg">This questionnaire does not exist.</Text>
      </Container>
    );
  }
  if (loading && !form) return <FullPageLoader />;
  if (!form) {
    return (
      <Container size="sm" py="xl">
        <QueryError error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }

  if (done) {
    return (
      <Container size="sm" py={80}>
        <Stack align="center" gap="xl" ta="center">
          <IconHeartHandshake size={56} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={1} fz={32}>
            Thank you — please hand the tablet back
          </Title>
          <Text fz={18} c="dimmed">
            Your answers have been saved for your clinician.
          </Text>
          <Divider w="100%" label="For the clinician" labelPosition="center" mt={60} />
          <Button component={Link} to={chart} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
            Return to chart
          </Button>
        </Stack>
      </Container>
    );
  }

  const missing = form.questions.filter((q) => answers[q.id] === undefined && !mayBeBlank(q, answers));

  const submit = async () => {
    const first = missing[0];
    if (first) {
      setShowMissing(true);
      document.getElementById(`question-${first.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setSubmitError(null);
    const result = await record({
      variables: {
        input: {
          patientId,
          instrument,
          assignmentId,
          // Answers only: total, band and flags are computed by the server.
          answers: form.questions
            .filter((q) => answers[q.id] !== undefined)
            .map((q) => {
              const answer = answers[q.id];
              return typeof answer === 'boolean' ? { itemId: q.id, yes: answer } : { itemId: q.id, value: answer };
            }),
        },
      },
    });
    if (result.data?.recordMeasureResponses) {
      evictMeasureResults(client.cache, patientId);
      setDone(true);
      window.scrollTo(0, 0);
    } else {
      setSubmitError(userMessage(result.error));
    }
  };

  return (
    <Box bg="gray.0" mih="100vh">
      <Container size="sm" py="xl" component="main">
        <form
          aria-label={form.title}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xl">
            <Stack gap={6}>
              <Title order={1} fz={28}>
                {form.title}
              </Title>
              <Text fz={18}>{form.prompt}</Text>
            </Stack>
            {form.questions.map((question) => (
              <Box key={question.id} bg="white" p="lg" style={{ borderRadius: 12 }}>
                <MeasureQuestion
                  question={question}
                  value={answers[question.id]}
                  optional={mayBeBlank(question, answers)}
                  onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
                  error={showMissing && missing.includes(question) ? 'Please answer this question.' : null}
                />
              </Box>
            ))}
            {showMissing && missing.length > 0 ? (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} role="alert">
                <Text fz={16}>
                  Please answer {missing.length === 1 ? 'question' : 'questions'}{' '}
                  {missing.map((q) => q.number).join(', ')}.
                </Text>
              </Alert>
            ) : null}
            {submitError ? (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} role="alert">
                <Text fz={16}>{submitError}</Text>
              </Alert>
            ) : null}
            <Button type="submit" size="xl" fullWidth loading={saving}>
              Submit
            </Button>
          </Stack>
        </form>
      </Container>
    </Box>
  );
}
