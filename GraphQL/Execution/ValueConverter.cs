using System.Collections;
using System.Globalization;
using System.Reflection;

namespace GraphQL.Execution;

/// <summary>Converts coerced input values (numbers, strings, lists, dictionaries) into the CLR types resolvers ask for.</summary>
public static class ValueConverter
{
    /// <summary>Converts a value to <typeparamref name="T"/>.</summary>
    public static T Convert<T>(object? value) => value is T typed ? typed : (T)Convert(value, typeof(T))!;

    /// <summary>Converts a value to the target type: numeric widening, enums by name, lists to arrays or lists, dictionaries to records.</summary>
    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value))
        {
            return value;
        }

        if (underlying.IsEnum)
        {
            return value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (value is string text)
        {
            if (underlying == typeof(Guid))
            {
                return Guid.Parse(text);
            }

            var parse = underlying.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
            if (parse is not null && parse.ReturnType == underlying)
            {
                return parse.Invoke(null, [text]);
            }
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> map && !underlying.IsPrimitive && underlying != typeof(string))
        {
            return ToObject(map, underlying);
        }

        if (value is IEnumerable items and not string && ElementType(underlying) is { } elementType)
        {
            var converted = new List<object?>();
            foreach (var item in items)
            {
                converted.Add(Convert(item, elementType));
            }

            if (underlying.IsArray)
            {
                var array = Array.CreateInstance(elementType, converted.Count);
                for (var i = 0; i < converted.Count; i++)
                {
                    array.SetValue(converted[i], i);
                }

                return array;
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in converted)
            {
                list.Add(item);
            }

            return list;
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(DateTimeOffset) && value is DateTime dateTime)
        {
            return new DateTimeOffset(dateTime);
        }

        throw new InvalidCastException("Cannot convert " + value.GetType().Name + " to " + target.Name + ".");
    }

    /// <summary>Builds an object from named values: through the constructor with the most parameters, then settable properties.</summary>
    public static object ToObject(IEnumerable<KeyValuePair<string, object?>> values, Type type)
    {
        var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, item) in values)
        {
            byName[key] = item;
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        object instance;
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (constructor is null)
        {
            instance = Activator.CreateInstance(type)!;
        }
        else
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                if (byName.TryGetValue(parameter.Name!, out var argument))
                {
                    arguments[i] = Convert(argument, parameter.ParameterType);
                    used.Add(parameter.Name!);
                }
                else
                {
                    arguments[i] = parameter.HasDefaultValue ? parameter.DefaultValue : Convert(null, parameter.ParameterType);
                }
            }

            instance = constructor.Invoke(arguments);
        }

        foreach (var (key, item) in byName)
        {
            if (used.Contains(key))
            {
                continue;
            }

            var property = type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is { CanWrite: true })
            {
                property.SetValue(instance, Convert(item, property.PropertyType));
            }
        }

        return instance;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var element]
            && type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            return element;
        }

        return null;
    }
}
