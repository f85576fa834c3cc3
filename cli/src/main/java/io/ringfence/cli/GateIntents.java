package io.ringfence.cli;

import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CreateApprovalEncoder;
import io.ringfence.codecs.sbe.KillSwitchCommandEncoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.PreviewOrderEncoder;
import io.ringfence.codecs.sbe.PromoteClientEncoder;
import org.agrona.MutableDirectBuffer;

/**
 * Encodes the CLI's gate intents from checked option values; each returns the length with header.
 */
final class GateIntents
{
    static final int CLIENT_NAME_LENGTH = 32;
    static final int MAX_REASON_LENGTH = 512;
    private static final MessageHeaderEncoder HEADER = new MessageHeaderEncoder();

    private GateIntents()
    {
    }

    static PreviewOrderEncoder preview(final MutableDirectBuffer buffer)
    {
        return new PreviewOrderEncoder().wrapAndApplyHeader(buffer, 0, HEADER);
    }

    static int length(final PreviewOrderEncoder encoder)
    {
        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    static int approval(
        final MutableDirectBuffer buffer, final long correlationId, final String account, final long previewId,
        final int ttlSeconds)
    {
        final CreateApprovalEncoder encoder = new CreateApprovalEncoder().wrapAndApplyHeader(buffer, 0, HEADER)
            .correlationId(correlationId)
            .account(account)
            .previewId(previewId)
            .ttlSeconds(ttlSeconds);
        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    static int killSwitch(
        final MutableDirectBuffer buffer, final long correlationId, final boolean engage, final KillSwitchScope scope,
        final String account, final String client, final String reason)
    {
        final KillSwitchCommandEncoder encoder = new KillSwitchCommandEncoder().wrapAndApplyHeader(buffer, 0, HEADER)
            .correlationId(correlationId)
            .engage(engage ? BooleanType.TRUE : BooleanType.FALSE)
            .scope(scope)
            .account(account == null ? "" : account)
            .client(client == null ? "" : client)
            .reason(reason);
        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    static int promote(final MutableDirectBuffer buffer, final long correlationId, final String client, final String reason)
    {
        final PromoteClientEncoder encoder = new PromoteClientEncoder().wrapAndApplyHeader(buffer, 0, HEADER)
            .correlationId(correlationId)
            .client(client)
            .reason(reason);
        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    static String reason(final String value) throws OrderFields.Malformed
    {
        if (value == null || value.isBlank())
        {
            throw new OrderFields.Malformed("--reason is required (it is audited)");
        }
        if (value.length() > MAX_REASON_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7F))
        {
            throw new OrderFields.Malformed("--reason must be 1 to " + MAX_REASON_LENGTH + " printable ASCII characters");
        }
        return value;
    }
}
