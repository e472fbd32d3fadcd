global using MfaGrains.Contracts.Accounts;
global using MfaGrains.Contracts.Challenges;
global using MfaGrains.Contracts.Devices;
global using MfaGrains.Contracts.Enrolment;
global using MfaGrains.Contracts.Errors;
global using MfaGrains.Contracts.Passcodes;
