using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Error;

/// <summary>Vietnamese error pages for 403, 404, 500 and others; no stack trace outside Development.</summary>
[AllowAnonymous]
[Route("Error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show()
    {
        // Read from the route only: no model binding, so a re-executed POST whose body cannot be read (too large,
        // or with its own "Code" field) still gets its error page.
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            && parsed is >= 400 and <= 599 ? parsed : 500;
        var (title, message) = code switch
        {
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem hoặc thực hiện chức năng này. Nếu cần, hãy liên hệ quản trị hệ thống."),
            404 => ("Không tìm thấy trang", "Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc đã bị chuyển đi."),
            413 => ("Dữ liệu gửi lên quá lớn", "Tệp hoặc nội dung gửi lên vượt quá dung lượng cho phép. Hãy chọn tệp nhỏ hơn (xem giới hạn ghi dưới ô chọn tệp) rồi gửi lại."),
            400 => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ. Hãy tải lại trang và thử lại."),
            429 => ("Quá nhiều yêu cầu",
                "Có quá nhiều yêu cầu cùng loại (đăng nhập, nhập tệp Excel…) trong thời gian ngắn. Hãy chờ một phút rồi thử lại."),
            500 => ("Lỗi hệ thống", "Đã có lỗi xảy ra trong khi xử lý yêu cầu. Lỗi đã được ghi lại; xin vui lòng thử lại sau ít phút."),
            _ => ("Có lỗi xảy ra", "Không thể xử lý yêu cầu."),
        };
        Response.StatusCode = code;
        return View("Error", new ErrorViewModel(code, title, message, HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorViewModel(int Code, string Title, string Message, string RequestId);
