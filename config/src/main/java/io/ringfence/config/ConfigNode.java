package io.ringfence.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A TOML table with its dotted path, read key by key. Each read records the key as known so
 * {@link #rejectUnknownKeys()} can name any key the model does not have.
 */
final class ConfigNode
{
    private final String path;
    private final JsonNode node;
    private final Set<String> knownKeys = new TreeSet<>();

    ConfigNode(final String path, final JsonNode node)
    {
        this.path = path;
        this.node = node;
    }

    String key(final String name)
    {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(final String name)
    {
        knownKeys.add(name);
        return node.has(name);
    }

    ConfigNode table(final String name)
    {
        final JsonNode value = value(name);
        if (value == null)
        {
            return new ConfigNode(key(name), JsonNodeFactory.instance.objectNode());
        }
        if (!value.isObject())
        {
            throw new ConfigException(key(name), "must be a table");
        }
        return new ConfigNode(key(name), value);
    }

    List<ConfigNode> tableArray(final String name)
    {
        final JsonNode value = value(name);
        final List<ConfigNode> tables = new ArrayList<>();
        if (value == null)
        {
            return tables;
        }
        if (!value.isArray())
        {
            throw new ConfigException(key(name), "must be an array of tables ([[" + key(name) + "]])");
        }
        for (int i = 0; i < value.size(); i++)
        {
            final JsonNode element = value.get(i);
            if (!element.isObject())
            {
                throw new ConfigException(key(name) + "[" + i + "]", "must be a table");
            }
            tables.add(new ConfigNode(key(name) + "[" + i + "]", element));
        }
        return tables;
    }

    String string(final String name, final String defaultValue)
    {
        final JsonNode value = value(name);
        if (value == null)
        {
            if (defaultValue == null)
            {
                throw new ConfigException(key(name), "is required");
            }
            return defaultValue;
        }
        if (!value.isTextual())
        {
            throw new ConfigException(key(name), value + " must be a string");
        }
        return value.textValue();
    }

    String choice(final String name, final String defaultValue, final List<String> allowed)
    {
        final String value = string(name, defaultValue);
        if (!allowed.contains(value))
        {
            throw new ConfigException(key(name), "'" + value + "' is not one of " + allowed);
        }
        return value;
    }

    long integer(final String name, final long defaultValue, final long min, final long max)
    {
        final JsonNode value = value(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (!value.isIntegralNumber())
        {
            throw new ConfigException(key(name), value + " must be an integer in " + min + ".." + max);
        }
        final long result = value.longValue();
        if (!value.canConvertToLong() || result < min || result > max)
        {
            throw new ConfigException(key(name), value + " is not in " + min + ".." + max);
        }
        return result;
    }

    long requiredInteger(final String name, final long min, final long max)
    {
        if (value(name) == null)
        {
            throw new ConfigException(key(name), "is required (an integer in " + min + ".." + max + ")");
        }
        return integer(name, 0, min, max);
    }

    /**
     * A decimal (TOML number or string) as a long scaled by 10^scaleDigits, exactly.
     */
    long decimalScaled(final String name, final int scaleDigits, final long min, final long max)
    {
        final JsonNode value = value(name);
        if (value == null)
        {
            throw new ConfigException(key(name), "is required (a decimal)");
        }
        if (!value.isNumber() && !value.isTextual())
        {
            throw new ConfigException(key(name), value + " must be a decimal number");
        }
        final long result;
        try
        {
            result = new BigDecimal(value.asText().trim()).movePointRight(scaleDigits).longValueExact();
        }
        catch (final NumberFormatException | ArithmeticException ex)
        {
            throw new ConfigException(key(name), value.asText() + " must be a decimal with at most " + scaleDigits +
                " decimal places");
        }
        if (result < min || result > max)
        {
            throw new ConfigException(key(name), value.asText() + " is out of range");
        }
        return result;
    }

    boolean bool(final String name, final boolean defaultValue)
    {
        final JsonNode value = value(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (!value.isBoolean())
        {
            throw new ConfigException(key(name), value + " must be true or false");
        }
        return value.booleanValue();
    }

    List<String> strings(final String name)
    {
        final JsonNode value = value(name);
        final List<String> result = new ArrayList<>();
        if (value == null)
        {
            return result;
        }
        if (!value.isArray())
        {
            throw new ConfigException(key(name), "must be an array of strings");
        }
        for (int i = 0; i < value.size(); i++)
        {
            final JsonNode element = value.get(i);
            if (!element.isTextual())
            {
                throw new ConfigException(key(name) + "[" + i + "]", element + " must be a string");
            }
            result.add(element.textValue());
        }
        return result;
    }

    void rejectUnknownKeys()
    {
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext())
        {
            final String name = names.next();
            if (!knownKeys.contains(name))
            {
                throw new ConfigException(key(name), "unknown key (allowed here: " + knownKeys + ")");
            }
        }
    }

    private JsonNode value(final String name)
    {
        knownKeys.add(name);
        final JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
