using Google.Apis.Auth.OAuth2;

namespace MfaGrains.Push.Fcm;

/// <summary>The parts of a Firebase service-account file the sender needs, with the scoped OAuth credential built from it.</summary>
/// <param name="ProjectId">The Firebase project id, used in the send URL.</param>
/// <param name="ClientEmail">The service account's e-mail, the issuer of the OAuth assertion.</param>
/// <param name="TokenUri">Where access tokens are requested (the file's <c>token_uri</c>).</param>
/// <param name="Credential">The credential scoped to <c>firebase.messaging</c>; it caches and refreshes access tokens.</param>
internal sealed record FcmServiceAccount(string ProjectId, string ClientEmail, Uri TokenUri, GoogleCredential Credential);
