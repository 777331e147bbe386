#pragma once

namespace Portiek::Server::SignInRules {

// The numbers of ../shared/ARCHITECTURE.md and docs/openapi.yaml, in one place so that a test
// or an auditor finds them without reading the handlers.

inline constexpr int AttemptValidSeconds = 15 * 60;

inline constexpr int SmsCodeLength = 6;
inline constexpr int SmsCodeValidSeconds = 5 * 60;
inline constexpr int SmsCodeTriesPerCode = 5;
// A new code may be asked 30 s after the first, then 60 s, 120 s, … after each new one.
inline constexpr int SmsResendFirstWaitSeconds = 30;
inline constexpr int SmsResendMaxWaitSeconds = 2 * 60; // all 5 resends fit in one attempt
// Codes sent on request, on top of the one sent when the attempt started.
inline constexpr int SmsResendsPerAttempt = 5;

inline constexpr int TrustedDeviceValidDays = 90;
inline constexpr int DeviceNameMaxLength = 100;

inline constexpr int ResetCodeLength = 8;
inline constexpr int ResetCodeValidSeconds = 30 * 60;
inline constexpr int ResetCodeTries = 5;

inline constexpr int SessionIdleSeconds = 15 * 60;
inline constexpr int SessionAbsoluteSeconds = 8 * 60 * 60;
inline constexpr int KioskSessionIdleSeconds = 5 * 60;
// Activity moves the idle expiry in steps of at most this much (Sessions::touch()).
inline constexpr int SessionTouchGranularitySeconds = 10;
inline constexpr int KioskSessionAbsoluteSeconds = 60 * 60;

// The resend wait after `codesSent` codes (1 for the first): 30 s, 60 s, then 120 s.
constexpr int resendWaitSeconds(int codesSent)
{
    int wait = SmsResendFirstWaitSeconds;
    for (int i = 1; i < codesSent && wait < SmsResendMaxWaitSeconds; ++i)
        wait *= 2;
    return wait < SmsResendMaxWaitSeconds ? wait : SmsResendMaxWaitSeconds;
}

} // namespace Portiek::Server::SignInRules
