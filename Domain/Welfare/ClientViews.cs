namespace Housing.Domain.Welfare;

/// <summary>The one way a client is shown before anyone reveals anything, for the client page and for lists alike.</summary>
public static class ClientViews
{
    /// <summary>The client masked: 홍*동, the birth year only, 010-****-5678, 711231-*******.</summary>
    public static ClientView MaskedView(this Client client) => new(client.Id, client.MaskedName, client.BirthDate.Year,
        client.MaskedPhone, client.MaskedRegistrationNumber, client.IncomeLevel, client.HouseholdMembers.Count + 1,
        client.RegisteredByCenterId);
}
