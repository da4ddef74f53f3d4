using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Documents;

namespace Domain.Tests.Documents;

public class DocumentFileAccessTests
{
    [Fact]
    public async Task A_files_readers_are_those_of_the_document_or_reply_it_is_attached_to()
    {
        var world = await TestWorld.CreateAsync();
        var a = await world.AddComplexAsync("당산 삼성래미안");
        var b = await world.AddComplexAsync("문래 자이");
        var managerA = await world.AddManagerAsync(a.Id, "A소장");
        var managerB = await world.AddManagerAsync(b.Id, "B소장");
        var documents = new DocumentService(world.Store, world.Clock, new DocumentPostage());
        var form = Guid.NewGuid();
        var report = Guid.NewGuid();
        var loose = Guid.NewGuid();
        var toA = await documents.SendDocumentAsync(TestWorld.Officer, new SendDocumentCommand(world.Region.Id, "주택과", "점검 요청", "회신 바랍니다.",
            DocumentCategory.Request, [a.Id], RequiresReply: true, Attachments: [new Attachment(form, "양식.hwp", "application/x-hwp", 10)]));
        await documents.ReplyToDocumentAsync(managerA, toA.Deliveries[0].Id, "완료", [new Attachment(report, "결과.pdf", "application/pdf", 20)]);

        async Task<AttachmentAccess> Of(Actor actor, Guid file) => await DocumentFileAccess.OfAsync(world.Store, world.Clock, actor, file);

        Assert.Equal(AttachmentAccess.Allowed, await Of(managerA, form));
        Assert.Equal(AttachmentAccess.Allowed, await Of(managerA, report));
        Assert.Equal(AttachmentAccess.Allowed, await Of(TestWorld.Officer, report));
        Assert.Equal(AttachmentAccess.Allowed, await Of(TestWorld.Admin, form));
        Assert.Equal(AttachmentAccess.Denied, await Of(managerB, form));
        Assert.Equal(AttachmentAccess.Denied, await Of(managerB, report));
        Assert.Equal(AttachmentAccess.Denied, await Of(TestWorld.Staff(Roles.Resident, "주민"), form));
        Assert.Equal(AttachmentAccess.NotAttached, await Of(managerA, loose));
    }
}
