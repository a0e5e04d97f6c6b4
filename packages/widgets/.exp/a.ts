import { defaultPolicy, validateSubjectCode, identifierMessage, maskName, errorMessages } from '@credit-kit/contract';
console.log(defaultPolicy.labels.grades.A, validateSubjectCode('x'), identifierMessage, maskName, errorMessages);
