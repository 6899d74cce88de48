/**
 * Training and tests beyond CRUD: a taker's tests, an attempt (start or resume, save each answer as
 * it is given, submit), results with their charts, and signing in to a training with its code.
 * Saves are retried on a network failure: an answer is one row, saving it twice changes nothing.
 */
import { graphql } from '../gql';
import type { MyTestsQuery, StartAttemptMutation, TestResultsQuery } from '../gql/graphql';
import { call } from './call';

const MY_TESTS = graphql(`
  query MyTests {
    data: myTests {
      attemptsUsed
      openAttemptId
      score
      passed
      session {
        id
        title
        opensAt
        closesAt
        timeLimitMinutes
        passMark
        attemptsAllowed
      }
    }
  }
`);

const START = graphql(`
  mutation StartAttempt($s: ID!) {
    data: startAttempt(sessionId: $s) {
      id
      status
      ended
      deadline
      secondsLeft
      score
      correctCount
      questionCount
      questions {
        position
        kind
        stem
        options
        answer
        correct
        correctAnswer
      }
    }
  }
`);

const SAVE = graphql(`
  mutation SaveAnswer($a: ID!, $p: Int!, $x: [String!]!) {
    data: saveAnswer(attemptId: $a, position: $p, answer: $x) {
      position
      answer
      savedAt
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitAttempt($a: ID!) {
    data: submitAttempt(attemptId: $a) {
      id
      status
      ended
      deadline
      secondsLeft
      score
      correctCount
      questionCount
      questions {
        position
        kind
        stem
        options
        answer
        correct
        correctAnswer
      }
    }
  }
`);

const RESULTS = graphql(`
  query TestResults($s: ID!, $u: ID) {
    data: testResults(sessionId: $s, unitId: $u) {
      id
      expected
      took
      participationRate
      passed
      passRate
      average
      distribution
      unit {
        id
        name
      }
      byChild {
        unitId
        unitName
        expected
        took
        participationRate
        passed
        passRate
        average
      }
      takers {
        personId
        name
        score
        passed
      }
      items {
        questionId
        stem
        answered
        facility
        discrimination
      }
    }
  }
`);

const SIGN_IN = graphql(`
  mutation SignInTraining($s: ID!, $c: String!) {
    data: signInTraining(sessionId: $s, code: $c) {
      id
      method
    }
  }
`);

export type MyTest = MyTestsQuery['data'][number];
export type Attempt = StartAttemptMutation['data'];
export type Results = TestResultsQuery['data'];

export const trainingApi = {
  myTests: () => call(MY_TESTS, {}),
  start: (sessionId: string) => call(START, { s: sessionId }, { retries: 3 }),
  save: (attemptId: string, position: number, answer: string[]) =>
    call(SAVE, { a: attemptId, p: position, x: answer }, { retries: 3 }),
  submit: (attemptId: string) => call(SUBMIT, { a: attemptId }, { retries: 3 }),
  results: (sessionId: string, unitId?: string | null) => call(RESULTS, { s: sessionId, u: unitId ?? null }),
  signIn: (sessionId: string, code: string) => call(SIGN_IN, { s: sessionId, c: code }, { retries: 3 }),
};
