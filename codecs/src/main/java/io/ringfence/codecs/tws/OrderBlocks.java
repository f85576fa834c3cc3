package io.ringfence.codecs.tws;

/**
 * Skips the conditional blocks of OPEN_ORDER / COMPLETED_ORDER that a plain order does not carry
 * (IB's {@code EOrderDecoder}): delta-neutral, combo legs, scale, hedge, delta-neutral contract,
 * algo parameters, PEG BENCH and conditions. Errors are recorded on the reader.
 */
final class OrderBlocks
{
    static final int MAX_COUNT = 1024;

    private static final int COMBO_LEG_FIELDS = 8;
    private static final int SCALE_EXTRA_FIELDS = 7;
    private static final int DELTA_NEUTRAL_CONTRACT_FIELDS = 3;
    private static final int PEG_BENCH_FIELDS = 5;

    private OrderBlocks()
    {
    }

    static int readCount(final TwsFieldReader reader)
    {
        final int count = reader.readInt();
        if (count < 0 || count > MAX_COUNT)
        {
            reader.fail(TwsProtocolError.INVALID_COUNT);
            return 0;
        }
        return count;
    }

    /**
     * deltaNeutralOrderType, deltaNeutralAuxPrice and, when the type is set, its extra fields.
     */
    static void skipDeltaNeutralOrder(final TwsFieldReader reader, final int extraFields)
    {
        reader.next();
        final boolean present = reader.fieldLength() > 0;
        reader.skip(1);                                     // deltaNeutralAuxPrice
        if (present)
        {
            reader.skip(extraFields);
        }
    }

    /**
     * comboLegsDescrip is read by the caller; legs, leg prices and smart routing params.
     */
    static void skipComboLegs(final TwsFieldReader reader)
    {
        reader.skip(COMBO_LEG_FIELDS * readCount(reader));
        reader.skip(readCount(reader));
        reader.skip(2 * readCount(reader));
    }

    static void skipScale(final TwsFieldReader reader)
    {
        reader.skip(2);                                     // scaleInitLevelSize, scaleSubsLevelSize
        final long increment = reader.readPriceMax();
        if (io.ringfence.codecs.Price.NULL != increment && increment > 0)
        {
            reader.skip(SCALE_EXTRA_FIELDS);
        }
    }

    static void skipIfNonEmpty(final TwsFieldReader reader, final int fieldCount)
    {
        reader.next();
        if (reader.fieldLength() > 0)
        {
            reader.skip(fieldCount);
        }
    }

    static void skipDeltaNeutralContract(final TwsFieldReader reader)
    {
        if (reader.readBoolean())
        {
            reader.skip(DELTA_NEUTRAL_CONTRACT_FIELDS);
        }
    }

    static void skipAlgo(final TwsFieldReader reader)
    {
        reader.next();
        if (reader.fieldLength() > 0)
        {
            reader.skip(2 * readCount(reader));
        }
    }

    static void skipPegBenchAndConditions(final TwsFieldReader reader, final boolean pegBench)
    {
        if (pegBench)
        {
            reader.skip(PEG_BENCH_FIELDS);
        }
        final int conditionCount = readCount(reader);
        for (int i = 0; i < conditionCount && reader.isOk(); i++)
        {
            reader.skip(conditionFieldCount(reader, reader.readInt()));
        }
        if (conditionCount > 0)
        {
            reader.skip(2);                                 // conditionsIgnoreRth, conditionsCancelOrder
        }
    }

    private static int conditionFieldCount(final TwsFieldReader reader, final int conditionType)
    {
        switch (conditionType)
        {
            case 1:                                         // price
                return 6;
            case 3:                                         // time
            case 4:                                         // margin
                return 3;
            case 5:                                         // execution
                return 4;
            case 6:                                         // volume
            case 7:                                         // percent change
                return 5;
            default:
                reader.fail(TwsProtocolError.UNKNOWN_CONDITION_TYPE);
                return 0;
        }
    }
}
