namespace GraphQL.Validation;

/// <summary>graphql-js's <c>naturalCompare</c>: strings compared with runs of digits ordered by their numeric value.</summary>
internal static class NaturalCompare
{
    public static int Compare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var numberA = a.AsSpan(startA, i - startA).TrimStart('0');
                var numberB = b.AsSpan(startB, j - startB).TrimStart('0');
                if (numberA.Length != numberB.Length)
                {
                    return numberA.Length - numberB.Length;
                }

                var byDigits = numberA.SequenceCompareTo(numberB);
                if (byDigits != 0)
                {
                    return byDigits;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] - b[j];
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }
}
