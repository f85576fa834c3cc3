package io.ringfence.cli;

import picocli.CommandLine.Command;

/**
 * {@code ringfence approvals …}: approvals bound to previews.
 */
@Command(mixinStandardHelpOptions = true, name = "approvals", description = "Create approvals bound to previews.",
    subcommands = {ApprovalCreateCommand.class})
final class ApprovalsCommand
{
}
